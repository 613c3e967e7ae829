//! Strings of sharing and saving: links, saved sessions, scenario files.
crate::translation_table! {
    "share.heading" => ["Share and save", "Teilen und speichern", "Delen en opslaan"],
}
