//! Vietnamese vocabulary, one file per concern. Only data lives here: names,
//! keywords and patterns. The code that uses them is in the stage modules.

pub(crate) mod body;
pub(crate) mod citations;
pub(crate) mod closing;
pub(crate) mod dates;
pub(crate) mod header;
pub(crate) mod kinds;
pub(crate) mod syllables;
