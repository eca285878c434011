<?php

use Phalcon\Mvc\Controller;

class TicketsController extends Controller
{
    public function indexAction()
    {
        $agent = $this->session->get('agent_id');
        $this->view->tickets = Tickets::find(['assignee = :a:', 'bind' => ['a' => $agent]]);
    }

    public function claimAction(int $id)
    {
        $ticket = Tickets::findFirst($id);
        $ticket->assignee = $this->session->get('agent_id');
        $ticket->save();
        $this->flashSession->success('Ticket claimed');
        return $this->response->redirect('tickets');
    }
}
