// Keyboard entry in the results grid: Tab goes through the cells in reading order (the browser's own), Enter
// moves down a row instead of sending the form, and the arrow keys move between cells (left and right only at the
// edge of what is typed, so that they still move the caret inside a figure). Without the script the grid is an
// ordinary form.
(function () {
  function cellsOf(grid) {
    return Array.prototype.map.call(grid.querySelectorAll('tr[data-grid-row]'), function (row) {
      return Array.prototype.slice.call(row.querySelectorAll('[data-grid-col]'));
    }).filter(function (cells) {
      return cells.length > 0;
    });
  }

  function move(rows, rowIndex, col, step) {
    for (var i = rowIndex + step; i >= 0 && i < rows.length; i += step) {
      var target = rows[i].filter(function (cell) {
        return cell.getAttribute('data-grid-col') === col;
      })[0];
      if (target) {
        return target;
      }
    }
    return null;
  }

  function atStart(input) {
    // A whole figure selected (as after moving into the cell) lets the arrows move on at once.
    return input.type !== 'text' || (input.selectionStart === 0
      && (input.selectionEnd === 0 || input.selectionEnd === input.value.length));
  }

  function atEnd(input) {
    return input.type !== 'text' || (input.selectionEnd === input.value.length
      && (input.selectionStart === 0 || input.selectionStart === input.value.length));
  }

  document.addEventListener('keydown', function (event) {
    var cell = event.target;
    if (!cell.hasAttribute || !cell.hasAttribute('data-grid-col') || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    var grid = cell.closest('[data-grid]');
    if (!grid) {
      return;
    }
    var rows = cellsOf(grid);
    var rowIndex = -1;
    rows.forEach(function (cells, i) {
      if (cells.indexOf(cell) >= 0) {
        rowIndex = i;
      }
    });
    var col = cell.getAttribute('data-grid-col');
    var inRow = rows[rowIndex];
    var next = null;
    if (event.key === 'Enter') {
      next = move(rows, rowIndex, col, event.shiftKey ? -1 : 1);
      // The last row's Enter stays put rather than sending the form half-reviewed.
      event.preventDefault();
    } else if (event.key === 'ArrowDown') {
      next = move(rows, rowIndex, col, 1);
    } else if (event.key === 'ArrowUp') {
      next = move(rows, rowIndex, col, -1);
    } else if (event.key === 'ArrowRight' && atEnd(cell)) {
      next = inRow[inRow.indexOf(cell) + 1] || null;
    } else if (event.key === 'ArrowLeft' && atStart(cell)) {
      next = inRow[inRow.indexOf(cell) - 1] || null;
    }
    if (next) {
      event.preventDefault();
      next.focus();
      if (next.select && next.type === 'text') {
        next.select();
      }
    }
  });
}());
