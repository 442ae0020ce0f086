// The operations GraphiQL opens with; they run against the example articles `npm start` loads
// (examples/articles: Lebanon, Sudan, Yemen). test/e2e/graphiql-examples.test.ts runs each one.
export const EXAMPLE_OPERATIONS = `# Akhbar Graph: relationships read from Arabic news.
# These run on the example articles \`npm start\` loads (examples/articles). Pick one with ▶.

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

# The shortest chains from a person to a group, through statements, events and relations.
query PathFromHamdokToRsf {
  paths(from: { name: "عبد الله حمدوك" }, to: { name: "قوات الدعم السريع" }, maxHops: 4, first: 3) {
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
query EventsInSudan {
  entity(name: "السودان") {
    name
    events(role: LOCATION, first: 10) {
      totalCount
      edges { node { type date killed trigger location { name } participants { role entity { name } } } }
    }
  }
}

# What was said about Hezbollah, by whom, relayed by which outlet.
query StatementsAboutHezbollah {
  entity(name: "حزب الله") {
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
query SearchHezbollah {
  search(query: "Hezbollah", first: 5) {
    edges { score node { __typename ... on Entity { name nameEn } } }
  }
}
`;
