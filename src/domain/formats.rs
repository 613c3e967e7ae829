//! Names of the formats that leave the page, where a module other than their reader must
//! recognise them: a catalogue import refuses a scenario file by its `format` field, so the name
//! sits below both the catalogue and the file format (`share::file`).

/// The `format` field of a scenario file. Frozen: every file ever saved carries it.
pub const FILE_FORMAT: &str = "ssp-advisor-scenario";
