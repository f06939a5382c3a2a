use super::*;
use crate::sample::sample_pair;

fn app(w: u16, h: u16) -> App {
    App::analysed(sample_pair(), w, h)
}
