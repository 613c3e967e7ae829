//! Strings of the catalogue tools: custom products, price edits, export and import.
crate::translation_table! {
    "catalog.heading" => ["Catalogue", "Katalog", "Catalogus"],
}
