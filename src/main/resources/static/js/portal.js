// Behaviour that needs a script, kept out of the templates so that the Content-Security-Policy can forbid
// inline scripts. Every page works without it.
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-print]');
  if (button) {
    window.print();
  }
});

// A page or list that takes more than a moment says so: the notice appears after 600 ms of waiting for the server
// (an htmx request, a form sent or a link followed) and goes when the answer arrives.
(function () {
  var busy = document.getElementById('portal-busy');
  if (!busy) {
    return;
  }
  var timer = null;
  function start() {
    clearTimeout(timer);
    timer = setTimeout(function () { busy.classList.add('is-busy'); }, 600);
  }
  function stop() {
    clearTimeout(timer);
    busy.classList.remove('is-busy');
  }
  document.addEventListener('htmx:beforeRequest', start);
  document.addEventListener('htmx:afterRequest', stop);
  document.addEventListener('submit', function (event) {
    if (!event.defaultPrevented && !event.target.hasAttribute('hx-get') && !event.target.hasAttribute('hx-post')) {
      start();
    }
  });
  document.addEventListener('click', function (event) {
    var link = event.target.closest('a[href]');
    if (link && !event.defaultPrevented && !link.hasAttribute('hx-get') && !link.hasAttribute('download')
        && link.target !== '_blank' && !/\.(xlsx|csv|docx)(\?|$)/.test(link.getAttribute('href'))
        && link.getAttribute('href').charAt(0) !== '#' && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      start();
    }
  });
  // Coming back through the browser's history shows the page as it was left: without the notice.
  window.addEventListener('pageshow', stop);
}());

// A form sent back with an error: on a long page (an activity's notes, comments and files) the field with the
// error may lie far below the top, out of sight on a phone, and the page looks as if nothing happened. Unless an
// error summary is already in view, the first field with an error comes into view and takes the focus.
(function () {
  var invalid = document.querySelector('.is-invalid');
  if (!invalid || invalid.getBoundingClientRect().top < window.innerHeight) {
    return;
  }
  var summary = document.querySelector('.alert-danger');
  if (summary && summary.getBoundingClientRect().top < window.innerHeight) {
    return;
  }
  invalid.scrollIntoView({ block: 'center' });
  invalid.focus({ preventScroll: true });
}());

// Files too large or too many never leave the browser: the server would refuse the whole post unread, and a
// progress note typed with them would be lost. The field says why, and nothing is sent.
(function () {
  function refusal(input) {
    var files = input.files || [];
    var largest = Number(input.getAttribute('data-max-bytes'));
    // Each file has its own limit; all files of one post share the request's.
    var allTogether = Number(input.getAttribute('data-max-total-bytes'));
    if (files.length > Number(input.getAttribute('data-max-files'))) {
      return input.getAttribute('data-too-many');
    }
    var total = 0;
    for (var i = 0; i < files.length; i++) {
      if (files[i].size > largest) {
        return input.getAttribute('data-too-large');
      }
      total += files[i].size;
    }
    return total > allTogether ? input.getAttribute('data-too-large') : '';
  }
  function check(input) {
    var message = refusal(input);
    var feedback = document.getElementById(input.id + '-error');
    input.classList.toggle('is-invalid', message !== '');
    if (feedback) {
      feedback.textContent = message;
    }
    return message === '';
  }
  document.addEventListener('change', function (event) {
    if (event.target.matches('input[type=file][data-max-bytes]')) {
      check(event.target);
    }
  });
  // Capturing, so that the busy notice's own submit listener sees the post was stopped.
  document.addEventListener('submit', function (event) {
    var inputs = event.target.querySelectorAll('input[type=file][data-max-bytes]');
    for (var i = 0; i < inputs.length; i++) {
      if (!check(inputs[i])) {
        event.preventDefault();
        inputs[i].focus();
        return;
      }
    }
  }, true);
}());
