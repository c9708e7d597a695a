/*
 * The header's menu. On a narrow screen (platform.css) it folds behind its button, which opens and closes it. A
 * submenu opens on hover and on focus (CSS); a click or tap on its button opens it too and says so (aria-expanded),
 * as a tablet's browser may neither hover nor focus a tapped button; a click elsewhere closes it. Escape closes the
 * folded menu, whose submenus are always shown as groups: there their buttons are headings and claim no state.
 * Loaded in the head, so that the page is laid out folded from the start; without this script the button stays
 * hidden and the menu open.
 */
document.documentElement.classList.add("cg-js");

document.addEventListener("DOMContentLoaded", function () {
    var toggle = document.getElementById("navigation:menu-toggle");
    if (!toggle) {
        return;
    }
    var nav = toggle.closest(".cg-nav");
    var submenuButtons = Array.prototype.slice.call(nav.querySelectorAll(".cg-submenu > button"));
    var folded = window.matchMedia("(max-width: 48rem)");

    function showMenu(open) {
        nav.classList.toggle("cg-menu-open", open);
        toggle.setAttribute("aria-expanded", String(open));
    }

    function showSubmenu(button, open) {
        button.parentElement.classList.toggle("cg-submenu-open", open);
        if (folded.matches) {
            button.removeAttribute("aria-expanded");
        } else {
            button.setAttribute("aria-expanded", String(open));
        }
    }

    function closeSubmenus() {
        submenuButtons.forEach(function (button) {
            showSubmenu(button, false);
        });
    }

    toggle.addEventListener("click", function () {
        showMenu(!nav.classList.contains("cg-menu-open"));
    });
    submenuButtons.forEach(function (button) {
        button.addEventListener("click", function () {
            if (folded.matches) {
                return;
            }
            var open = button.getAttribute("aria-expanded") !== "true";
            closeSubmenus();
            showSubmenu(button, open);
        });
    });
    closeSubmenus();
    folded.addEventListener("change", closeSubmenus);
    document.addEventListener("click", function (event) {
        if (!event.target.closest(".cg-submenu")) {
            closeSubmenus();
        }
    });
    nav.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && nav.classList.contains("cg-menu-open")) {
            showMenu(false);
            toggle.focus();
        }
    });
});

/*
 * A table's header box ticks or clears the boxes of every row shown (class cg-choose-all over cg-choose), and shows
 * whether all of them are ticked. Listened for on the document: the table replaces its rows when it pages, sorts or
 * filters, and then no row is ticked any more.
 */
(function () {
    function rowBoxes(box) {
        var table = box.closest(".ui-datatable");
        return table ? Array.prototype.slice.call(table.querySelectorAll("input.cg-choose")) : [];
    }

    function showWhetherAllAreTicked() {
        document.querySelectorAll("input.cg-choose-all").forEach(function (all) {
            var rows = rowBoxes(all);
            all.checked = rows.length > 0 && rows.every(function (row) {
                return row.checked;
            });
        });
    }

    document.addEventListener("change", function (event) {
        var box = event.target;
        if (box.matches("input.cg-choose-all")) {
            rowBoxes(box).forEach(function (row) {
                row.checked = box.checked;
            });
        } else if (box.matches("input.cg-choose")) {
            showWhetherAllAreTicked();
        }
    });
    document.addEventListener("DOMContentLoaded", function () {
        if (window.jQuery) {
            window.jQuery(document).on("pfAjaxComplete", showWhetherAllAreTicked);
        }
    });
})();
