// Small progressive enhancement: a form button says it is working, so nobody double-submits a signup.
document.addEventListener("submit", (event) => {
  const button = event.target.querySelector("button[type=submit]");
  if (button) {
    button.disabled = true;
    button.dataset.label = button.textContent;
    button.textContent = "One moment…";
  }
});
