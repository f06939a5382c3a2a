//! The viewer's handler for each row of the command table (`tui::action`): what every bindable
//! action does. Overlays (help, lists) and the undo snapshot are decided before, in
//! `App::update`; a handler only carries its action out.

use super::{App, InputPurpose, LineInput, ListOverlay};
use crate::core::review::{EntityAction, GroupStatus};
use crate::tui::action::{Action, Commands, Effect};

/// A handler that asks nothing of the event loop.
const DONE: Effect = Effect::None;

impl App {
    /// A review mark or entity call, then what every decision is followed by.
    fn decide(&mut self, step: impl FnOnce(&mut App)) -> Effect {
        step(self);
        self.after_decision();
        DONE
    }

    /// Moving again cancels a pending `G` (see [`Commands::bottom`]).
    fn moving(&mut self) {
        self.view.bottom_pending = false;
    }

    /// The first key bound to `action`, as the help shows it.
    fn key_for(&self, action: Action) -> Option<String> {
        let (_, keys) = self.bindings.iter().find(|(a, _)| *a == action)?;
        keys.first().map(|k| crate::tui::keymap::key_label(k))
    }

    /// The rows a page key moves: a pane's height (half of it for the half-page keys).
    fn page(&self) -> isize {
        self.viewport_height(self.view.focus).max(1) as isize
    }
}

impl Commands for App {
    fn line_down(&mut self) -> Effect {
        self.moving();
        self.scroll_by(1);
        DONE
    }
    fn line_up(&mut self) -> Effect {
        self.moving();
        self.scroll_by(-1);
        DONE
    }
    fn half_page_down(&mut self) -> Effect {
        self.moving();
        self.scroll_by((self.page() / 2).max(1));
        DONE
    }
    fn half_page_up(&mut self) -> Effect {
        self.moving();
        self.scroll_by(-(self.page() / 2).max(1));
        DONE
    }
    fn page_down(&mut self) -> Effect {
        self.moving();
        self.scroll_by(self.page());
        DONE
    }
    fn page_up(&mut self) -> Effect {
        self.moving();
        self.scroll_by(-self.page());
        DONE
    }
    fn top(&mut self) -> Effect {
        self.moving();
        self.scroll_to(0);
        DONE
    }
    fn bottom(&mut self) -> Effect {
        // A layout still being built in the background: go to the end when it is done.
        self.view.bottom_pending = !self.content.layouts[self.view.focus].complete;
        self.scroll_to(usize::MAX);
        DONE
    }
    fn next_group(&mut self) -> Effect {
        self.moving();
        self.jump_group(true);
        DONE
    }
    fn prev_group(&mut self) -> Effect {
        self.moving();
        self.jump_group(false);
        DONE
    }
    fn next_flag(&mut self) -> Effect {
        self.jump_attention(true);
        DONE
    }
    fn prev_flag(&mut self) -> Effect {
        self.jump_attention(false);
        DONE
    }
    fn next_sentence(&mut self) -> Effect {
        self.moving();
        self.step_sentence(true);
        DONE
    }
    fn prev_sentence(&mut self) -> Effect {
        self.moving();
        self.step_sentence(false);
        DONE
    }
    fn toggle_sync(&mut self) -> Effect {
        App::toggle_sync(self);
        DONE
    }
    fn toggle_script(&mut self) -> Effect {
        self.switch_script();
        DONE
    }
    fn switch_focus(&mut self) -> Effect {
        self.view.focus = self.view.focus.other();
        self.view.cursor_row = None;
        self.sentence_follows_focus();
        DONE
    }
    fn toggle_entities(&mut self) -> Effect {
        self.overlay.toggle_list(ListOverlay::Entities);
        DONE
    }
    fn sort_entities(&mut self) -> Effect {
        self.entity_list.toggle_sort();
        DONE
    }
    fn gaps_only(&mut self) -> Effect {
        self.entity_list.toggle_gaps();
        DONE
    }
    fn toggle_figures(&mut self) -> Effect {
        self.toggle_figure_list();
        DONE
    }
    /// Only the lists act on it.
    fn select(&mut self) -> Effect {
        DONE
    }
    fn next_entity(&mut self) -> Effect {
        self.step_entity(true);
        DONE
    }
    fn prev_entity(&mut self) -> Effect {
        self.step_entity(false);
        DONE
    }
    fn search(&mut self) -> Effect {
        self.input = Some(LineInput::new(InputPurpose::Search, String::new()));
        DONE
    }
    /// The selected entity's mentions, else the search matches.
    fn next_mention(&mut self) -> Effect {
        match self.selection {
            None => self.step_match(true),
            Some(_) => self.step_mention(true),
        }
        DONE
    }
    fn prev_mention(&mut self) -> Effect {
        match self.selection {
            None => self.step_match(false),
            Some(_) => self.step_mention(false),
        }
        DONE
    }
    fn pick_pair(&mut self) -> Effect {
        Effect::PickPair
    }
    /// The bundled sample has no file; otherwise the event loop hands the terminal over.
    fn edit(&mut self) -> Effect {
        let side = self.view.focus;
        let doc = &self.content.docs[side];
        if doc.path.is_none() {
            self.notice =
                Some("the bundled sample has no file to edit: open your own two files".into());
            return DONE;
        }
        let line = crate::core::editor::line_of_offset(&doc.text, self.paragraph_in_view());
        Effect::Edit { side, line }
    }
    fn redraw(&mut self) -> Effect {
        Effect::ClearScreen
    }
    fn toggle_help(&mut self) -> Effect {
        self.overlay.help = if self.overlay.help_shown() {
            None
        } else {
            Some(0)
        };
        DONE
    }
    /// Esc drops the sentence cursor first, then the selection, then the search highlights;
    /// what the status bar said about them ("mention 2 of 5") goes with them.
    fn cancel(&mut self) -> Effect {
        self.notice = None;
        if self.view.sentence.take().is_some() {
            return DONE;
        }
        self.figure_list.current = Default::default();
        if self.selection.take().is_none() {
            self.search = None;
        }
        self.notice = None;
        DONE
    }
    fn mark_checked(&mut self) -> Effect {
        self.decide(|app| app.mark(GroupStatus::Checked))
    }
    fn mark_needs_work(&mut self) -> Effect {
        self.decide(|app| app.mark(GroupStatus::NeedsWork))
    }
    fn mark_missing_te(&mut self) -> Effect {
        self.decide(|app| app.mark(GroupStatus::MissingTe))
    }
    fn mark_missing_en(&mut self) -> Effect {
        self.decide(|app| app.mark(GroupStatus::MissingEn))
    }
    fn mark_sentence(&mut self) -> Effect {
        self.decide(App::mark_sentence)
    }
    fn clear_mark(&mut self) -> Effect {
        self.decide(App::clear_mark)
    }
    fn edit_note(&mut self) -> Effect {
        self.decide(App::start_note)
    }
    fn confirm_entity(&mut self) -> Effect {
        self.decide(|app| app.decide_entity(EntityAction::Confirm))
    }
    fn reject_entity(&mut self) -> Effect {
        self.decide(|app| app.decide_entity(EntityAction::Reject))
    }
    fn link_entity(&mut self) -> Effect {
        self.decide(App::link_entity)
    }
    fn restore_entity(&mut self) -> Effect {
        self.decide(App::restore_entity)
    }
    fn merge_group(&mut self) -> Effect {
        self.realign(Action::MergeGroup);
        DONE
    }
    fn split_group(&mut self) -> Effect {
        self.realign(Action::SplitGroup);
        DONE
    }
    fn move_to_prev_group(&mut self) -> Effect {
        self.realign(Action::MoveToPrevGroup);
        DONE
    }
    fn move_to_next_group(&mut self) -> Effect {
        self.realign(Action::MoveToNextGroup);
        DONE
    }
    fn pin_paragraphs(&mut self) -> Effect {
        self.realign(Action::PinParagraphs);
        DONE
    }
    fn undo(&mut self) -> Effect {
        self.decide(|app| app.undo_redo(false))
    }
    fn redo(&mut self) -> Effect {
        self.decide(|app| app.undo_redo(true))
    }
    fn suspend(&mut self) -> Effect {
        Effect::Suspend
    }
    /// Decisions that could not be saved are worth a question before they are lost: the
    /// first `q` asks, the next one quits.
    fn quit(&mut self) -> Effect {
        if self.review.unsaved.is_some() && !self.review.quit_asked {
            self.review.quit_asked = true;
            let again = self.key_for(Action::Quit).unwrap_or_else(|| "quit".into());
            self.notice = Some(format!("decisions not saved: {again} again to quit"));
            return DONE;
        }
        Effect::Quit
    }
}
