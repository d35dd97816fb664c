// Drag-and-drop reordering for the route editor. Progressive enhancement only: the move up/down
// buttons already work without JavaScript, and a drop simply submits the same Move handler with
// the distance moved, so the server stays the single place where order changes.

const list = document.querySelector("[data-route-editor]");

if (list) {
  const items = () => Array.from(list.querySelectorAll("[data-step-id]"));
  const token = document.querySelector('input[name="__RequestVerificationToken"]')?.value;
  let dragged = null;

  const hint = document.getElementById("drag-hint");
  if (hint && token) {
    hint.hidden = false;
  }

  for (const item of items()) {
    item.draggable = Boolean(token);
    item.addEventListener("dragstart", (event) => {
      dragged = item;
      item.classList.add("inbeeld-route__item--dragging");
      event.dataTransfer.effectAllowed = "move";
      event.dataTransfer.setData("text/plain", item.dataset.stepId);
    });
    item.addEventListener("dragend", () => {
      item.classList.remove("inbeeld-route__item--dragging");
      dragged = null;
    });
    item.addEventListener("dragover", (event) => {
      if (dragged && dragged !== item) {
        event.preventDefault();
        event.dataTransfer.dropEffect = "move";
      }
    });
    item.addEventListener("drop", (event) => {
      event.preventDefault();
      if (!dragged || dragged === item) {
        return;
      }
      const all = items();
      const delta = all.indexOf(item) - all.indexOf(dragged);
      submitMove(dragged.dataset.stepId, delta);
    });
  }

  function submitMove(stepId, delta) {
    const form = document.createElement("form");
    form.method = "post";
    form.action = `${window.location.pathname}?handler=Move`;
    for (const [name, value] of Object.entries({ stepId, delta: String(delta), __RequestVerificationToken: token })) {
      const input = document.createElement("input");
      input.type = "hidden";
      input.name = name;
      input.value = value;
      form.append(input);
    }
    document.body.append(form);
    form.submit();
  }
}
