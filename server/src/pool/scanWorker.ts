// A pool worker: loads the engine and, lazily, each tree-sitter grammar once, then reads and
// scans the files the pool sends it, one message per file, for the life of the pool.
import { parentPort, workerData } from 'node:worker_threads';
import { RULES } from '../engine/rules';
import { Grammars } from '../grammars';
import { scanFileAt } from './scanFile';
import type { JobMessage, ResultMessage, WorkerInit } from './messages';

const init = workerData as WorkerInit;
const rules = init.ruleIds ? RULES.filter((rule) => init.ruleIds!.includes(rule.meta.id)) : RULES;
const grammars = new Grammars();

parentPort!.on('message', (message: JobMessage) => {
  void scanFileAt(message.job, init.options, grammars, rules).then((outcome) => {
    const result: ResultMessage = { id: message.id, outcome };
    parentPort!.postMessage(result);
  });
});
