//! Everything the user can ask of the viewer, as data, in one command table: each action's
//! name in the config file, its group, its default keys and its help line are written once, in
//! [`command_table!`] below; the keymap, the help screen, the README key table and the config
//! names are all derived from it. Keys map to actions (see `keymap`), and only `App::update`
//! acts on them, through the [`Commands`] handler named in the table.
//!
//! Adding an action: one entry in the table (the compiler then asks for its handler, a method
//! of [`Commands`], implemented for the viewer in `app/commands.rs`).

/// What the event loop must do after an action, besides drawing again: the viewer's requests
/// to the world outside it, returned by `App::update` instead of being left in flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Effect {
    /// Nothing more than a redraw.
    #[default]
    None,
    /// Leave tandem.
    Quit,
    /// Clear the terminal before the next draw (Ctrl-l).
    ClearScreen,
    /// Open the pair picker (corpus mode).
    PickPair,
    /// Stop the process with the terminal given back, as SIGTSTP does (Ctrl-Z).
    Suspend,
    /// Hand the article on this side to the user's editor, opened at this line (1-based), and
    /// read it again afterwards (`v`).
    Edit {
        side: crate::core::pair::Side,
        line: usize,
    },
}

/// The help's sections: what kind of thing an action does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// Scrolling and jumping.
    Move,
    /// Entities, figures and search.
    Find,
    /// Review marks, notes and entity calls.
    Review,
    /// Fixing the alignment by hand.
    Align,
    /// The program itself: help, redraw, pairs, quit.
    App,
}

/// One row of the command table.
#[derive(Debug, Clone, Copy)]
pub struct Command {
    pub action: Action,
    /// The action's name in the config file's `[keys]` table (snake_case).
    pub name: &'static str,
    pub group: Group,
    /// The default keys, in key-string syntax (see `keymap::parse_keys`).
    pub keys: &'static [&'static str],
    /// The one-line description the help screen and README show.
    pub help: &'static str,
    /// A review decision: `u` can take it back.
    pub decides: bool,
}

/// Defines [`Action`], [`Action::COMMANDS`] (help order) and the [`Commands`] trait from one
/// list. Entry: doc comment, the variant, its handler (also its config name), its group, its
/// default keys, its help line, and `decides` when it is a review decision. Events that are not
/// bound to keys (resize, mouse) follow, with their help line.
macro_rules! command_table {
    (
        commands { $(
            $(#[doc = $doc:literal])*
            $variant:ident => $handler:ident, $group:ident, [$($key:literal),*], $help:literal $(, $decides:ident)?;
        )* }
        events { $(
            $(#[doc = $edoc:literal])*
            $event:ident $fields:tt => $ehelp:literal;
        )* }
    ) => {
        /// One user intent.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Action {
            $( $(#[doc = $doc])* $variant, )*
            $( $(#[doc = $edoc])* $event $fields, )*
        }

        impl Action {
            /// Every action a key can be bound to, in the order the help lists them.
            pub const COMMANDS: &'static [Command] = &[ $(
                Command {
                    action: Action::$variant,
                    name: stringify!($handler),
                    group: Group::$group,
                    keys: &[$($key),*],
                    help: $help,
                    decides: command_table!(@decides $($decides)?),
                },
            )* ];

            /// One-line description for the help screen.
            pub fn help(self) -> &'static str {
                match self {
                    $( Action::$variant => $help, )*
                    $( Action::$event { .. } => $ehelp, )*
                }
            }

            /// Carries the action out on `target` (the viewer); `None` for events, which the
            /// viewer handles itself.
            pub fn run(self, target: &mut impl Commands) -> Option<Effect> {
                match self {
                    $( Action::$variant => Some(target.$handler()), )*
                    $( Action::$event { .. } => None, )*
                }
            }
        }

        /// The handlers the command table names, one per bindable action.
        pub trait Commands { $(
            $(#[doc = $doc])*
            fn $handler(&mut self) -> Effect;
        )* }
    };
    (@decides decides) => { true };
    (@decides) => { false };
}

impl Action {
    /// The action's row in the command table (`None` for events such as a resize).
    pub fn command(self) -> Option<&'static Command> {
        Action::COMMANDS.iter().find(|c| c.action == self)
    }

    /// The action's config name ("line_down"); `None` for events, which cannot be bound.
    pub fn name(self) -> Option<&'static str> {
        self.command().map(|c| c.name)
    }

    /// The bindable action with this config name.
    pub fn from_name(name: &str) -> Option<Action> {
        Action::COMMANDS
            .iter()
            .find(|c| c.name == name)
            .map(|c| c.action)
    }

    /// Whether the action is a review decision that `u` can take back.
    pub fn decides(self) -> bool {
        self.command().is_some_and(|c| c.decides)
    }
}

command_table! {
    commands {
        /// Scroll one row down.
        LineDown => line_down, Move, ["j", "<Down>"], "scroll one row down";
        /// Scroll one row up.
        LineUp => line_up, Move, ["k", "<Up>"], "scroll one row up";
        /// Scroll half a pane down.
        HalfPageDown => half_page_down, Move, ["<C-d>"], "scroll half a page down";
        /// Scroll half a pane up.
        HalfPageUp => half_page_up, Move, ["<C-u>"], "scroll half a page up";
        /// Scroll a whole pane down.
        PageDown => page_down, Move, ["<PageDown>", "<Space>", "<C-f>"], "scroll a page down";
        /// Scroll a whole pane up.
        PageUp => page_up, Move, ["<PageUp>", "<C-b>"], "scroll a page up";
        /// Go to the top.
        Top => top, Move, ["g", "<Home>"], "go to the top";
        /// Go to the bottom.
        Bottom => bottom, Move, ["G", "<End>"], "go to the bottom";
        /// Jump to the next alignment group.
        NextGroup => next_group, Move, ["]]", "}"], "next aligned group";
        /// Jump to the previous alignment group.
        PrevGroup => prev_group, Move, ["[[", "{"], "previous aligned group";
        /// Jump to the next place the coverage map flags (a gap, a figure, a flagged group).
        NextFlag => next_flag, Move, ["]c"], "next gap/flag on the map";
        /// Jump to the previous place the coverage map flags.
        PrevFlag => prev_flag, Move, ["[c"], "previous gap/flag on the map";
        /// Move the sentence cursor to the next sentence of the focused pane (vim's `)`); the
        /// sentence and its counterpart in the other pane are tinted, and both panes scroll to
        /// show them.
        NextSentence => next_sentence, Move, [")"], "sentence cursor: next sentence";
        /// Move the sentence cursor to the previous sentence (vim's `(`).
        PrevSentence => prev_sentence, Move, ["("], "sentence cursor: previous";
        /// Switch between aligned and independent scrolling.
        ToggleSync => toggle_sync, Move, ["s"], "aligned/independent scroll";
        /// Show the Telugu pane in Latin letters (ISO 15919) or in Telugu script.
        ToggleScript => toggle_script, Move, ["t"], "Telugu: romanised / script";
        /// Move keyboard focus to the other pane.
        SwitchFocus => switch_focus, Move, ["<Tab>"], "switch pane focus";
        /// Show or hide the entity list.
        ToggleEntities => toggle_entities, Find, ["e"], "show/hide the entity list";
        /// Entity list: sort by first appearance or by number of mentions.
        SortEntities => sort_entities, Find, ["o"], "list: first seen / by count";
        /// Entity list: show only entities missing on one side, or all.
        GapsOnly => gaps_only, Find, ["f"], "list: gaps only / all";
        /// Show or hide the list of figures and quotes that differ between the articles.
        ToggleFigures => toggle_figures, Find, ["F", "#"], "figures/quotes that differ";
        /// Choose the entity under the cursor of the entity list.
        Select => select, Find, ["<Enter>"], "list: select the entity";
        /// Select the next entity mentioned in the focused pane.
        NextEntity => next_entity, Find, ["]e"], "select next entity in view";
        /// Select the previous entity mentioned in the focused pane.
        PrevEntity => prev_entity, Find, ["[e"], "select previous entity";
        /// Search the focused pane (names also across scripts).
        Search => search, Find, ["/"], "search the focused pane";
        /// Go to the next mention of the selected entity, or the next search match.
        NextMention => next_mention, Find, ["n"], "next mention or match";
        /// Go to the previous mention of the selected entity, or the previous search match.
        PrevMention => prev_mention, Find, ["N"], "previous mention or match";
        /// Corpus mode: open the pair picker.
        PickPair => pick_pair, App, ["p"], "corpus: pick another pair";
        /// Open the focused pane's file in `$VISUAL` / `$EDITOR` at the paragraph in view; the
        /// article is read again when the editor ends.
        Edit => edit, App, ["v"], "edit the file in $EDITOR";
        /// Clear the terminal and draw everything again.
        Redraw => redraw, App, ["<C-l>"], "redraw the screen";
        /// Show or hide the list of keys.
        ToggleHelp => toggle_help, App, ["?", "<F1>"], "show or hide this help";
        /// Close the list or help, or drop the selection.
        Cancel => cancel, App, ["<Esc>"], "close list/help, drop cursor/selection";
        /// Review: mark the current group as checked.
        MarkChecked => mark_checked, Review, ["c"], "review: group checked", decides;
        /// Review: mark the current group as needing work.
        MarkNeedsWork => mark_needs_work, Review, ["w"], "review: group needs work", decides;
        /// Review: the current group's content is missing in the Telugu article.
        MarkMissingTe => mark_missing_te, Review, ["mt"], "review: missing in Telugu", decides;
        /// Review: the current group's content is missing in the English article.
        MarkMissingEn => mark_missing_en, Review, ["me"], "review: missing in English", decides;
        /// Review: the sentence under the sentence cursor is missing in the other article (again:
        /// take the mark off).
        MarkSentence => mark_sentence, Review, ["ms"], "review: sentence missing in other", decides;
        /// Review: remove the current group's mark and note.
        ClearMark => clear_mark, Review, ["dm"], "review: clear group mark", decides;
        /// Review: write or edit the current group's note.
        EditNote => edit_note, Review, ["a"], "review: note on the group";
        /// Review: the selected entity's link is right.
        ConfirmEntity => confirm_entity, Review, ["y"], "review: entity link right", decides;
        /// Review: the selected entity's link is wrong.
        RejectEntity => reject_entity, Review, ["x"], "review: entity link wrong", decides;
        /// Review: link the selected one-sided entity with another.
        LinkEntity => link_entity, Review, ["L"], "review: link two entities", decides;
        /// Review: back to the matcher's suggestion for the selected entity.
        RestoreEntity => restore_entity, Review, ["R"], "review: undo entity call", decides;
        /// Alignment by hand: the current group absorbs the next one.
        MergeGroup => merge_group, Align, ["J"], "align: merge group with next", decides;
        /// Alignment by hand: the paragraph at the top of the focused pane starts a new group.
        SplitGroup => split_group, Align, ["S"], "align: split group at top para", decides;
        /// Alignment by hand: the paragraph at the top of the focused pane joins the previous group.
        MoveToPrevGroup => move_to_prev_group, Align, ["<"], "align: top para to prev group", decides;
        /// Alignment by hand: the paragraph at the top of the focused pane joins the next group.
        MoveToNextGroup => move_to_next_group, Align, [">"], "align: top para to next group", decides;
        /// Alignment by hand: the paragraphs at the tops of the two panes belong together (again:
        /// unpin them); the rest is aligned around the pins.
        PinParagraphs => pin_paragraphs, Align, ["P"], "align: pin the two top paras", decides;
        /// Review: take back the last decision or hand edit.
        Undo => undo, Review, ["u"], "review: undo last decision";
        /// Review: make the last undone decision again.
        Redo => redo, Review, ["<C-r>"], "review: redo";
        /// Stop tandem with the terminal given back, as Ctrl-Z does in a shell (`fg` resumes).
        Suspend => suspend, App, ["<C-z>"], "suspend (fg resumes)";
        /// Leave tandem.
        Quit => quit, App, ["q"], "quit";
    }
    events {
        /// The terminal changed size (not bound to a key).
        Resize(u16, u16) => "terminal resized";
        /// The mouse wheel at screen cell (`column`, `row`): the pane under the pointer scrolls by
        /// `lines` rows (negative: up), the other with it in aligned mode; focus stays where it is.
        /// Over the help or the entity list the wheel scrolls that instead. Not bound to a key.
        ScrollAt { column: u16, row: u16, lines: i16 } => "mouse wheel: scroll the pane under it";
        /// A click at screen cell (`column`, `row`): focuses the pane under the pointer; on a
        /// highlighted name it selects that entity with that mention current (as `]e` would), on
        /// the coverage map in the right border it goes to that stretch. Not bound to a key.
        ClickAt { column: u16, row: u16 } => "click: focus a pane, select a name";
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_round_trip() {
        for c in Action::COMMANDS {
            assert_eq!(Action::from_name(c.name), Some(c.action), "{}", c.name);
            assert_eq!(c.action.name(), Some(c.name));
            assert_eq!(c.action.help(), c.help);
        }
        assert_eq!(Action::from_name("resize"), None);
        assert_eq!(Action::Resize(1, 1).name(), None);
    }

    #[test]
    fn only_review_decisions_are_undoable() {
        assert!(Action::MarkChecked.decides());
        assert!(Action::MergeGroup.decides());
        assert!(!Action::EditNote.decides());
        assert!(!Action::Undo.decides());
        assert!(!Action::LineDown.decides());
    }
}
