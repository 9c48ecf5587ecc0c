// Behaviour that needs a script, kept out of the templates so that the Content-Security-Policy can forbid
// inline scripts. Every page works without it.
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-print]');
  if (button) {
    window.print();
  }
});
