/*
 * Tabs that are not a naming container (p:tabView is one, which would put the tab's id into every
 * input's client id). The server renders the active tab from a hidden input; switching tabs only
 * shows another panel and records the choice in that input, so an update of the form keeps it.
 */
var elp = window.elp || {};
elp.showTab = function (link, name) {
    var tabs = link.closest('.elp-tabs');
    tabs.querySelectorAll('[data-tab]').forEach(function (header) {
        var active = header.getAttribute('data-tab') === name;
        header.classList.toggle('ui-tabs-selected', active);
        header.classList.toggle('ui-state-active', active);
    });
    tabs.querySelectorAll('[data-tab-panel]').forEach(function (panel) {
        panel.classList.toggle('ui-helper-hidden', panel.getAttribute('data-tab-panel') !== name);
    });
    var input = document.getElementById(tabs.getAttribute('data-tabs-input'));
    if (input) {
        input.value = name;
    }
    return false;
};
window.elp = elp;

// Bound here, not in onclick attributes: the Content-Security-Policy allows no inline script
// that PrimeFaces did not render with the page's nonce.
document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('[data-show-tab]') : null;
    if (link) {
        event.preventDefault();
        elp.showTab(link, link.getAttribute('data-show-tab'));
    }
});

/*
 * The filter of a p:selectOneMenu reacts to key-up of printable keys only, so text typed through a
 * Chinese input method (committed without a printable key) or pasted never filtered the list. Filter
 * on every input event as well, once the composition is done.
 */
['input', 'compositionend'].forEach(function (type) {
    document.addEventListener(type, function (event) {
        var input = event.target;
        if (event.isComposing || !input.classList || !input.classList.contains('ui-selectonemenu-filter')) {
            return;
        }
        var menu = window.PrimeFaces && PrimeFaces.getWidgetById(input.id.replace(/_filter$/, ''));
        if (menu && typeof menu.filter === 'function') {
            menu.filter(input.value);
        }
    });
});
