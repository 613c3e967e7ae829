//! Validated MSCommerce ProductIds. Only a value of this type can reach a generated script, so a
//! ProductId is always exactly twelve upper-case ASCII letters or digits (`^[A-Z0-9]{12}$`).
use crate::i18n::k;
use crate::i18n::Message;
use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct ProductId(String);

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProductIdError {
    Empty,
    WrongLength(usize),
    BadCharacter(char),
}

impl ProductIdError {
    pub fn message(&self) -> Message {
        match self {
            ProductIdError::Empty => Message::new(&k::ERR_PRODUCT_ID_EMPTY),
            ProductIdError::WrongLength(n) => Message::new(&k::ERR_PRODUCT_ID_LENGTH).arg("n", n),
            ProductIdError::BadCharacter(c) => Message::new(&k::ERR_PRODUCT_ID_CHAR).arg("c", c),
        }
    }
}

impl ProductId {
    /// Surrounding white space is forgiven (pasted values); anything else must already be exact,
    /// because silently upper-casing could turn a typo into somebody else's product.
    pub fn parse(raw: &str) -> Result<ProductId, ProductIdError> {
        let s = raw.trim();
        if s.is_empty() {
            return Err(ProductIdError::Empty);
        }
        if let Some(c) = s.chars().find(|c| !(c.is_ascii_uppercase() || c.is_ascii_digit())) {
            return Err(ProductIdError::BadCharacter(c));
        }
        if s.len() != 12 {
            return Err(ProductIdError::WrongLength(s.chars().count()));
        }
        Ok(ProductId(s.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ProductId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for ProductId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        ProductId::parse(&s).map_err(|e| serde::de::Error::custom(format!("invalid ProductId {s:?}: {e:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_real_ids() {
        assert_eq!(ProductId::parse("CFQ7TTC0MM8R").unwrap().as_str(), "CFQ7TTC0MM8R");
        assert_eq!(ProductId::parse("  CFQ7TTC0HD33 ").unwrap().as_str(), "CFQ7TTC0HD33");
    }

    #[test]
    fn rejects_everything_else() {
        assert_eq!(ProductId::parse(""), Err(ProductIdError::Empty));
        assert_eq!(ProductId::parse("cfq7ttc0mm8r"), Err(ProductIdError::BadCharacter('c')));
        assert_eq!(ProductId::parse("CFQ7TTC0MM8"), Err(ProductIdError::WrongLength(11)));
        assert_eq!(ProductId::parse("CFQ7TTC0MM8RX"), Err(ProductIdError::WrongLength(13)));
        assert_eq!(ProductId::parse("CFQ7TTC0MM8'"), Err(ProductIdError::BadCharacter('\'')));
        assert_eq!(ProductId::parse("CFQ7TTC0 MM8R"), Err(ProductIdError::BadCharacter(' ')));
        assert!(ProductId::parse("CFQ7TTC0MM8Ä").is_err());
    }

    #[test]
    fn deserialising_validates() {
        assert!(serde_json::from_str::<ProductId>("\"CFQ7TTC0MM8R\"").is_ok());
        assert!(serde_json::from_str::<ProductId>("\"$(evil)xxxxx\"").is_err());
    }
}
