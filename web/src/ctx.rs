//! What every page and widget gets: the session to read while rendering, and the one way to change it.

use std::cell::{Ref, RefCell};
use std::rc::Rc;

use tthc_core::{Action, Lang};
use yew::prelude::*;

use crate::session::{Msg, Session};

/// What every page gets: the session and the one way to change it.
#[derive(Clone)]
pub struct Ctx {
    session: Rc<RefCell<Session>>,
    /// Every change goes through here.
    pub dispatch: Callback<Msg>,
    tick: u64,
}

impl PartialEq for Ctx {
    fn eq(&self, other: &Ctx) -> bool {
        self.tick == other.tick && Rc::ptr_eq(&self.session, &other.session)
    }
}

impl Ctx {
    /// A context over a session; `dispatch` applies messages to it. For the app and for component tests.
    pub fn new(session: Rc<RefCell<Session>>, dispatch: Callback<Msg>, tick: u64) -> Ctx {
        Ctx {
            session,
            dispatch,
            tick,
        }
    }

    /// The session, to read while rendering.
    pub fn session(&self) -> Ref<'_, Session> {
        self.session.borrow()
    }

    /// The language of the app.
    pub fn lang(&self) -> Lang {
        self.session.borrow().lang
    }

    /// A callback dispatching the core action made from its argument.
    pub fn act<E: 'static>(&self, f: impl Fn(E) -> Action + 'static) -> Callback<E> {
        let d = self.dispatch.clone();
        Callback::from(move |e: E| d.emit(Msg::Do(f(e))))
    }

    /// A callback sending one message, whatever its argument.
    pub fn send<E: 'static>(&self, msg: Msg) -> Callback<E> {
        let d = self.dispatch.clone();
        Callback::from(move |_: E| d.emit(msg.clone()))
    }
}

/// The context of the app, for pages and widgets.
///
/// # Panics
/// When used outside the app's context provider (a programming error, caught by the component tests).
#[hook]
pub fn use_ctx() -> Ctx {
    use_context::<Ctx>().expect("pages are rendered inside the app's context")
}
