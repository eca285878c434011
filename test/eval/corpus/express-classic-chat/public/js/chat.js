const socket = io();
const form = document.getElementById('login');
form.addEventListener('submit', (e) => {
  e.preventDefault();
  const password = form.elements.password.value;
  if (password.length < 8) alert('Password must be at least 8 characters');
  fetch('/api/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: form.elements.email.value, password }) });
});
socket.emit('join', localStorage.getItem('userId'));
