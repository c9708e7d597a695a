/*
 * The header's menu on narrow screens (platform.css): it folds behind its button, which opens and closes it; Escape
 * closes it too. Loaded in the head, so that the page is laid out folded from the start; without this script the
 * button stays hidden and the menu open.
 */
document.documentElement.classList.add("cg-js");

document.addEventListener("DOMContentLoaded", function () {
    var toggle = document.getElementById("navigation:menu-toggle");
    if (!toggle) {
        return;
    }
    var nav = toggle.closest(".cg-nav");

    function show(open) {
        nav.classList.toggle("cg-menu-open", open);
        toggle.setAttribute("aria-expanded", String(open));
    }

    toggle.addEventListener("click", function () {
        show(!nav.classList.contains("cg-menu-open"));
    });
    nav.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && nav.classList.contains("cg-menu-open")) {
            show(false);
            toggle.focus();
        }
    });
});
