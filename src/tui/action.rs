//! Everything the user can ask of the viewer, as data. Keys map to these (see `keymap`), and
//! only `App::update` acts on them.

use serde::{Deserialize, Serialize};

/// One user intent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Scroll one row down.
    LineDown,
    /// Scroll one row up.
    LineUp,
    /// Scroll half a pane down.
    HalfPageDown,
    /// Scroll half a pane up.
    HalfPageUp,
    /// Scroll a whole pane down.
    PageDown,
    /// Scroll a whole pane up.
    PageUp,
    /// Go to the top.
    Top,
    /// Go to the bottom.
    Bottom,
    /// Jump to the next alignment group.
    NextGroup,
    /// Jump to the previous alignment group.
    PrevGroup,
    /// Jump to the next place the coverage map flags (a gap, a figure, a flagged group).
    NextFlag,
    /// Jump to the previous place the coverage map flags.
    PrevFlag,
    /// Switch between aligned and independent scrolling.
    ToggleSync,
    /// Move keyboard focus to the other pane.
    SwitchFocus,
    /// Show or hide the entity list.
    ToggleEntities,
    /// Entity list: sort by first appearance or by number of mentions.
    SortEntities,
    /// Entity list: show only entities missing on one side, or all.
    GapsOnly,
    /// Show or hide the list of figures and quotes that differ between the articles.
    ToggleFigures,
    /// Choose the entity under the cursor of the entity list.
    Select,
    /// Select the next entity mentioned in the focused pane.
    NextEntity,
    /// Select the previous entity mentioned in the focused pane.
    PrevEntity,
    /// Search the focused pane (names also across scripts).
    Search,
    /// Go to the next mention of the selected entity, or the next search match.
    NextMention,
    /// Go to the previous mention of the selected entity, or the previous search match.
    PrevMention,
    /// Close the list or help, or drop the selection.
    Cancel,
    /// Review: mark the current group as checked.
    MarkChecked,
    /// Review: mark the current group as needing work.
    MarkNeedsWork,
    /// Review: the current group's content is missing in the Telugu article.
    MarkMissingTe,
    /// Review: the current group's content is missing in the English article.
    MarkMissingEn,
    /// Review: remove the current group's mark and note.
    ClearMark,
    /// Review: write or edit the current group's note.
    EditNote,
    /// Review: the selected entity's link is right.
    ConfirmEntity,
    /// Review: the selected entity's link is wrong.
    RejectEntity,
    /// Review: link the selected one-sided entity with another.
    LinkEntity,
    /// Review: back to the matcher's suggestion for the selected entity.
    RestoreEntity,
    /// Alignment by hand: the current group absorbs the next one.
    MergeGroup,
    /// Alignment by hand: the paragraph at the top of the focused pane starts a new group.
    SplitGroup,
    /// Alignment by hand: the paragraph at the top of the focused pane joins the previous group.
    MoveToPrevGroup,
    /// Alignment by hand: the paragraph at the top of the focused pane joins the next group.
    MoveToNextGroup,
    /// Alignment by hand: the paragraphs at the tops of the two panes belong together (again:
    /// unpin them); the rest is aligned around the pins.
    PinParagraphs,
    /// Review: take back the last decision or hand edit.
    Undo,
    /// Review: make the last undone decision again.
    Redo,
    /// Corpus mode: open the pair picker.
    PickPair,
    /// Clear the terminal and draw everything again.
    Redraw,
    /// Show or hide the list of keys.
    ToggleHelp,
    /// Leave tandem.
    Quit,
    /// The terminal changed size (not bound to a key).
    #[serde(skip)]
    Resize(u16, u16),
    /// The mouse wheel at screen cell (`column`, `row`): the pane under the pointer scrolls by
    /// `lines` rows (negative: up), the other with it in aligned mode; focus stays where it is.
    /// Over the help or the entity list the wheel scrolls that instead. Not bound to a key.
    #[serde(skip)]
    ScrollAt { column: u16, row: u16, lines: i16 },
    /// A click at screen cell (`column`, `row`): focuses the pane under the pointer; on a
    /// highlighted name it selects that entity with that mention current (as `]e` would), on
    /// the coverage map in the right border it goes to that stretch. Not bound to a key.
    #[serde(skip)]
    ClickAt { column: u16, row: u16 },
}

impl Action {
    /// One-line description for the help screen.
    pub fn help(self) -> &'static str {
        match self {
            Action::LineDown => "scroll one row down",
            Action::LineUp => "scroll one row up",
            Action::HalfPageDown => "scroll half a page down",
            Action::HalfPageUp => "scroll half a page up",
            Action::PageDown => "scroll a page down",
            Action::PageUp => "scroll a page up",
            Action::Top => "go to the top",
            Action::Bottom => "go to the bottom",
            Action::NextGroup => "next aligned group",
            Action::PrevGroup => "previous aligned group",
            Action::NextFlag => "next gap/flag on the map",
            Action::PrevFlag => "previous gap/flag on the map",
            Action::ToggleSync => "aligned/independent scroll",
            Action::SwitchFocus => "switch pane focus",
            Action::ToggleEntities => "show/hide the entity list",
            Action::SortEntities => "list: first seen / by count",
            Action::GapsOnly => "list: gaps only / all",
            Action::ToggleFigures => "figures/quotes that differ",
            Action::Select => "list: select the entity",
            Action::NextEntity => "select next entity in view",
            Action::PrevEntity => "select previous entity",
            Action::Search => "search the focused pane",
            Action::NextMention => "next mention or match",
            Action::PrevMention => "previous mention or match",
            Action::Cancel => "close list/help, unselect",
            Action::MarkChecked => "review: group checked",
            Action::MarkNeedsWork => "review: group needs work",
            Action::MarkMissingTe => "review: missing in Telugu",
            Action::MarkMissingEn => "review: missing in English",
            Action::ClearMark => "review: clear group mark",
            Action::EditNote => "review: note on the group",
            Action::ConfirmEntity => "review: entity link right",
            Action::RejectEntity => "review: entity link wrong",
            Action::LinkEntity => "review: link two entities",
            Action::RestoreEntity => "review: undo entity call",
            Action::MergeGroup => "align: merge group with next",
            Action::SplitGroup => "align: split group at top para",
            Action::MoveToPrevGroup => "align: top para to prev group",
            Action::MoveToNextGroup => "align: top para to next group",
            Action::PinParagraphs => "align: pin the two top paras",
            Action::Undo => "review: undo last decision",
            Action::Redo => "review: redo",
            Action::PickPair => "corpus: pick another pair",
            Action::Redraw => "redraw the screen",
            Action::ToggleHelp => "show or hide this help",
            Action::Quit => "quit",
            Action::Resize(..) => "terminal resized",
            Action::ScrollAt { .. } => "mouse wheel: scroll the pane under it",
            Action::ClickAt { .. } => "click: focus a pane, select a name",
        }
    }
}
