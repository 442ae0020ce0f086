// The operations GraphiQL opens with; they run against the example data (the seed article about
// the Taliban, Russia and ISIS, and the Kurram operation in Pakistan). A test runs each one.
export const EXAMPLE_OPERATIONS = `# Akhbar Graph: relationships read from Arabic news.
# Pick an operation with the ▶ button.

# Who denied what, who relayed it, and the sentence it comes from.
query WhoDeniedWhat {
  statements(filter: { kind: DENIED }, first: 10) {
    totalCount
    edges {
      node {
        cue
        quote
        speaker { __typename ... on Entity { name nameEn } ... on Source { description } }
        via { name }
        about { __typename ... on Entity { name } ... on Event { type } }
        evidence { sentence start end article { title } }
      }
    }
  }
}

# The shortest chains from Vladimir Putin to ISIS, through statements, events and relations.
query PathFromPutinToIsis {
  paths(from: { name: "فلاديمير بوتين" }, to: { name: "داعش" }, maxHops: 4, first: 3) {
    length
    nodes {
      __typename
      ... on Entity { name }
      ... on Statement { kind quote }
      ... on Event { type date }
      ... on Source { description }
    }
    edges { type from to role }
  }
}

# Events in a place (and in places inside it).
query EventsInPakistan {
  entity(name: "باكستان") {
    name
    events(role: LOCATION, first: 10) {
      totalCount
      edges { node { type date killed trigger location { name } participants { role entity { name } } } }
    }
  }
}

# What was said about ISIS, by whom, relayed by which outlet.
query StatementsAboutIsis {
  entity(name: "داعش") {
    name
    statementsAbout(first: 20) {
      edges {
        node {
          kind
          quote
          speaker { __typename ... on Entity { name } ... on Source { description affiliation { name } } }
          via { name }
        }
      }
    }
  }
}

# Search works in Arabic and in English.
query SearchPutin {
  search(query: "Putin", first: 5) {
    edges { score node { __typename ... on Entity { name nameEn } } }
  }
}
`;
