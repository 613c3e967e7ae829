//! Strings of the script generator's interface: variant tabs, notes, admin-center click path.
crate::translation_table! {
    "scripts.variant.mscommerce" => ["MSCommerce PowerShell", "MSCommerce-PowerShell", "MSCommerce-PowerShell"],
}
