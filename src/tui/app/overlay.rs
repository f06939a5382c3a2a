//! What is drawn over the panes and takes the keys before them: the help and the lists.

/// What is drawn over the panes. The lists take each other's place; the help goes over a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Overlays {
    pub list: ListOverlay,
    /// The key list, scrolled to this row (a small terminal scrolls it); `None`: hidden.
    pub help: Option<usize>,
    /// The help shows its second page: the keys of the prompts and the picker.
    pub help_page: bool,
}

/// The list shown over the panes, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ListOverlay {
    #[default]
    None,
    /// The entity list (`e`).
    Entities,
    /// The figures and quotes that differ (`F`).
    Figures,
}

impl Overlays {
    /// Whether the key list is shown.
    pub fn help_shown(&self) -> bool {
        self.help.is_some()
    }

    /// Whether the entity list is shown.
    pub fn entities_open(&self) -> bool {
        self.list == ListOverlay::Entities
    }

    /// Whether the list of figures and quotes is shown.
    pub fn figures_open(&self) -> bool {
        self.list == ListOverlay::Figures
    }

    /// Opens `list`, or closes it when it is the one open.
    pub fn toggle_list(&mut self, list: ListOverlay) {
        self.list = if self.list == list {
            ListOverlay::None
        } else {
            list
        };
    }
}
