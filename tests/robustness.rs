//! Tests of the robustness stage (see its issue).
