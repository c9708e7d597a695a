/*
 * The header's menu. On a narrow screen (platform.css) it folds behind its button, which opens and closes it. A
 * submenu opens on hover and on focus (CSS); a click or tap on its button opens it too and says so (aria-expanded),
 * as a tablet's browser may neither hover nor focus a tapped button; a click elsewhere closes it. Escape closes the
 * folded menu. Loaded in the head, so that the page is laid out folded from the start; without this script the
 * button stays hidden and the menu open.
 */
document.documentElement.classList.add("cg-js");

document.addEventListener("DOMContentLoaded", function () {
    var toggle = document.getElementById("navigation:menu-toggle");
    if (!toggle) {
        return;
    }
    var nav = toggle.closest(".cg-nav");
    var submenuButtons = Array.prototype.slice.call(nav.querySelectorAll(".cg-submenu > button"));

    function showMenu(open) {
        nav.classList.toggle("cg-menu-open", open);
        toggle.setAttribute("aria-expanded", String(open));
    }

    function showSubmenu(button, open) {
        button.parentElement.classList.toggle("cg-submenu-open", open);
        button.setAttribute("aria-expanded", String(open));
    }

    toggle.addEventListener("click", function () {
        showMenu(!nav.classList.contains("cg-menu-open"));
    });
    submenuButtons.forEach(function (button) {
        button.setAttribute("aria-expanded", "false");
        button.addEventListener("click", function () {
            var open = button.getAttribute("aria-expanded") !== "true";
            submenuButtons.forEach(function (other) {
                showSubmenu(other, false);
            });
            showSubmenu(button, open);
        });
    });
    document.addEventListener("click", function (event) {
        if (!event.target.closest(".cg-submenu")) {
            submenuButtons.forEach(function (button) {
                showSubmenu(button, false);
            });
        }
    });
    nav.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && nav.classList.contains("cg-menu-open")) {
            showMenu(false);
            toggle.focus();
        }
    });
});
