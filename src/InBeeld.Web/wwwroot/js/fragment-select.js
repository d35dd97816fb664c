// Coding a transcript fragment by selecting it. Progressive enhancement: without this module the
// researcher types or pastes the fragment's text and the server looks it up. With it, a selection
// inside the transcript fills the same text field plus its UTF-16 start and length in the text as
// the browser shows it (line endings already LF); the server converts those to code points.

const source = document.querySelector("[data-fragment-source]");
const form = document.querySelector("[data-fragment-form]");

if (source && form) {
  const start = form.querySelector("[data-fragment-start]");
  const length = form.querySelector("[data-fragment-length]");
  const text = form.querySelector("textarea[name='fragmentText']");

  document.addEventListener("selectionchange", () => {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0) {
      return;
    }

    const range = selection.getRangeAt(0);
    if (range.collapsed || !source.contains(range.startContainer) || !source.contains(range.endContainer)) {
      return;
    }

    const before = document.createRange();
    before.selectNodeContents(source);
    before.setEnd(range.startContainer, range.startOffset);
    start.value = String(before.toString().length);
    length.value = String(range.toString().length);
    text.value = range.toString();
  });

  // Typing in the text field means the researcher chose by text: positions no longer apply.
  text.addEventListener("input", () => {
    start.value = "";
    length.value = "";
  });
}
