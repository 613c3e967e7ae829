//! Stable wire tags: the number each value of an enum has in a link (format v2 and later). A tag,
//! once given, keeps its meaning forever; a new value gets a new, unused tag, and a value that
//! goes away leaves its tag unused. Declaration order, `ALL` lists and serde names can then change
//! freely without changing what a shared link means. Each type lists its tags next to its
//! definition (`tags!`); the test `share::tests::wire_tags::wire_tags_are_frozen` pins every one of them.
pub trait Tagged: Copy + PartialEq + std::fmt::Debug + 'static {
    /// Every value with its tag (non-zero; 0 stays free for "none").
    const TAGS: &'static [(Self, u32)];

    fn tag(self) -> u32 {
        // A value missing from TAGS is caught by the tests; 0 is refused by every reader.
        Self::TAGS.iter().find(|(v, _)| *v == self).map_or(0, |(_, t)| *t)
    }

    fn from_tag(tag: u32) -> Option<Self> {
        Self::TAGS.iter().find(|(_, t)| *t == tag).map(|(v, _)| *v)
    }
}

/// `tags!(Type { Variant = 1, … })` implements [`Tagged`].
#[macro_export]
#[doc(hidden)]
macro_rules! tags {
    ($ty:ty { $($var:ident = $tag:literal),+ $(,)? }) => {
        impl $crate::domain::tag::Tagged for $ty {
            const TAGS: &'static [(Self, u32)] = &[$((<$ty>::$var, $tag)),+];
        }
    };
}

#[cfg(test)]
pub(crate) fn check<T: Tagged>(all: &[T]) {
    let tags: Vec<u32> = T::TAGS.iter().map(|(_, t)| *t).collect();
    assert!(!tags.contains(&0), "{:?}: tag 0 is reserved", T::TAGS);
    let unique: std::collections::BTreeSet<u32> = tags.iter().copied().collect();
    assert_eq!(unique.len(), tags.len(), "{:?}: tags must be unique", T::TAGS);
    for v in all {
        assert!(T::TAGS.iter().any(|(x, _)| x == v), "{v:?} has no tag");
        assert_eq!(T::from_tag(v.tag()), Some(*v));
    }
    assert_eq!(T::TAGS.len(), all.len(), "{:?}: a tag for a value that no longer exists", T::TAGS);
}

/// `choice!(Name { Variant = "file code" / link tag, … })`: an answer's options as an enum that
/// serialises as its file code, with `ALL`, `code`, `parse` and its link tags. Both stay with
/// their meaning forever; a new option takes the next unused tag.
#[macro_export]
#[doc(hidden)]
macro_rules! choice {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $var:ident = $code:literal / $tag:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, ::serde::Serialize, ::serde::Deserialize)]
        pub enum $name {
            $( $(#[$vm])* #[serde(rename = $code)] $var ),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$var),+];

            /// The option code (same as the serde form, used in files).
            pub fn code(self) -> &'static str {
                match self { $($name::$var => $code),+ }
            }

            pub fn parse(code: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|c| c.code() == code)
            }
        }

        $crate::tags!($name { $($var = $tag),+ });
    };
}
