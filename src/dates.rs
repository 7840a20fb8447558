//! Vietnamese date and time expressions (to be written with nom).
