// The submission form: narrow the categories to the chosen body and kind as the citizen
// chooses, filter the long list of bodies by typing, and ask for a country only for abroad.
// Without JavaScript the "Update the list of categories" button does the narrowing.
(function () {
  "use strict";
  var form = document.querySelector("[data-category-form]");
  var mapNode = document.getElementById("category-map");
  if (!form || !mapNode) return;
  var map = JSON.parse(mapNode.textContent);
  var agency = form.querySelector("[name=agency]");
  var category = form.querySelector("[name=category]");
  var place = form.querySelector("[name=place]");
  var countryField = form.querySelector("[name=place_country]").closest(".field");
  var allOptions = Array.prototype.slice.call(category.options).map(function (option) {
    return option.cloneNode(true);
  });

  form.querySelectorAll("[data-no-js-only]").forEach(function (node) { node.hidden = true; });

  function selectedKind() {
    var checked = form.querySelector("[name=kind]:checked");
    return checked ? checked.value : null;
  }

  function narrowCategories() {
    var kind = selectedKind();
    var allowed = null;
    if (agency.value && map[agency.value]) {
      allowed = kind ? map[agency.value][kind] : [].concat(
        map[agency.value].request, map[agency.value].complaint, map[agency.value].suggestion);
    }
    var current = category.value;
    category.innerHTML = "";
    allOptions.forEach(function (option) {
      var id = parseInt(option.value, 10);
      if (!option.value || allowed === null || allowed.indexOf(id) !== -1) {
        category.appendChild(option.cloneNode(true));
      }
    });
    category.value = current;
    if (category.value !== current) category.value = "";
  }

  function toggleCountry() {
    countryField.hidden = place.value !== "abroad";
  }

  agency.addEventListener("change", narrowCategories);
  form.querySelectorAll("[name=kind]").forEach(function (radio) {
    radio.addEventListener("change", narrowCategories);
  });
  place.addEventListener("change", toggleCountry);
  narrowCategories();
  toggleCountry();

  // Typing in the search box hides the bodies whose name does not contain the text.
  var searchField = form.querySelector("[data-agency-search]");
  var search = searchField.querySelector("input");
  searchField.hidden = false;
  search.addEventListener("input", function () {
    var text = search.value.trim().toLowerCase();
    Array.prototype.forEach.call(agency.options, function (option) {
      if (!option.value) return;
      option.hidden = text !== "" && option.textContent.toLowerCase().indexOf(text) === -1;
    });
  });
})();
