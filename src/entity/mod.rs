//! Named entities in both languages (issue: Entities). Being built.
