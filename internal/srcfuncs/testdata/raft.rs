//! A small Raft node.
use std::collections::HashMap;

/// Role of a node. Braces in docs: { not code }
#[derive(Debug, Clone, PartialEq)]
pub enum Role {
    Follower,
    Candidate,
    Leader,
}

pub struct Node<'a> {
    id: u64,
    term: u64,
    role: Role,
    votes: HashMap<u64, bool>,
    name: &'a str,
}

impl<'a> Node<'a> {
    /// Creates a follower.
    pub fn new(id: u64, name: &'a str) -> Self {
        Node { id, term: 0, role: Role::Follower, votes: HashMap::new(), name }
    }

    pub fn become_follower(&mut self, term: u64) {
        let msg = "}}} not a brace";
        let raw = r#"a "quoted" { brace"#;
        let c = '{';
        self.term = term;
        self.role = Role::Follower;
        let _ = (msg, raw, c);
    }

    #[inline]
    pub(crate) async fn request_vote(&mut self, from: u64) -> Result<(), String> {
        /* nested /* block */ comment { */
        if self.votes.contains_key(&from) {
            return Err(format!("already voted {}", from));
        }
        fn helper(x: u64) -> u64 { x + 1 }
        self.votes.insert(helper(from), true);
        Ok(())
    }
}

impl<T: std::fmt::Display> std::fmt::Display for Wrapper<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

pub struct Wrapper<T>(T);

trait Step {
    fn step(&mut self);
    fn twice(&mut self) {
        self.step();
        self.step();
    }
}

fn apply(f: fn(u64) -> u64, x: u64) -> u64 {
    f(x)
}
