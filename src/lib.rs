//! tandem: read a Telugu and an English version of one news story side by side.
//!
//! Four layers, each importing only those before it (see ARCHITECTURE.md):
//! - [`core`]: the domain (documents, text, entities, alignment, figures, review), pure;
//! - [`view`]: screen-shaped computations without a terminal (layout, aligned rows, coverage
//!   map, highlight marks);
//! - [`tui`]: the terminal viewer, which draws view state and turns keys into actions;
//! - [`front`]: the command line, config, `report` and `export`, which start the others.

pub mod core;
pub mod front;
pub mod tui;
pub mod view;

pub use crate::core::document::{Document, Lang, LoadError};
pub use crate::core::pair::{Pair, Side};
pub use front::run;
