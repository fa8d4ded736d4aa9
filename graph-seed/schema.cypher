// Vakmetro graph schema for Neo4j 5 (Community, Enterprise or Aura).
//
// Applied by the neo4j store's migrate() at every start and by `npm run db:migrate`; it can
// also be applied by hand: cypher-shell -u neo4j -p <password> -f graph-seed/schema.cypher
// Every statement is idempotent (IF NOT EXISTS), so running it again changes nothing.
//
// Format (the adapter splits the file without a Cypher parser): lines starting with // are
// comments, and every statement ends with ; at the end of a line.
//
// Uniqueness is a composite (network, id) uniqueness constraint per label rather than a node
// key, because node keys need Enterprise Edition; the adapter always writes both properties.
// The range index on `network` alone serves "all items of a network" reads, which the
// composite constraint's index cannot answer without an id predicate.

// The network node: meta data, version and audit counter.
CREATE CONSTRAINT network_id IF NOT EXISTS FOR (n:Network) REQUIRE n.id IS UNIQUE;

// One item per (network, id) for each kind.
CREATE CONSTRAINT organisation_key IF NOT EXISTS FOR (n:Organisation) REQUIRE (n.network, n.id) IS UNIQUE;
CREATE CONSTRAINT region_key IF NOT EXISTS FOR (n:Region) REQUIRE (n.network, n.id) IS UNIQUE;
CREATE CONSTRAINT skill_key IF NOT EXISTS FOR (n:Skill) REQUIRE (n.network, n.id) IS UNIQUE;
CREATE CONSTRAINT certificate_key IF NOT EXISTS FOR (n:Certificate) REQUIRE (n.network, n.id) IS UNIQUE;
CREATE CONSTRAINT salary_band_key IF NOT EXISTS FOR (n:SalaryBand) REQUIRE (n.network, n.id) IS UNIQUE;
CREATE CONSTRAINT station_key IF NOT EXISTS FOR (n:Station) REQUIRE (n.network, n.id) IS UNIQUE;
CREATE CONSTRAINT line_key IF NOT EXISTS FOR (n:Line) REQUIRE (n.network, n.id) IS UNIQUE;
CREATE CONSTRAINT module_key IF NOT EXISTS FOR (n:Module) REQUIRE (n.network, n.id) IS UNIQUE;
CREATE CONSTRAINT learning_track_key IF NOT EXISTS FOR (n:LearningTrack) REQUIRE (n.network, n.id) IS UNIQUE;
CREATE CONSTRAINT curriculum_key IF NOT EXISTS FOR (n:Curriculum) REQUIRE (n.network, n.id) IS UNIQUE;

// Audit entries are numbered per network.
CREATE CONSTRAINT audit_entry_key IF NOT EXISTS FOR (n:AuditEntry) REQUIRE (n.network, n.seq) IS UNIQUE;

// All items of a network, in one index seek per label.
CREATE INDEX organisation_network IF NOT EXISTS FOR (n:Organisation) ON (n.network);
CREATE INDEX region_network IF NOT EXISTS FOR (n:Region) ON (n.network);
CREATE INDEX skill_network IF NOT EXISTS FOR (n:Skill) ON (n.network);
CREATE INDEX certificate_network IF NOT EXISTS FOR (n:Certificate) ON (n.network);
CREATE INDEX salary_band_network IF NOT EXISTS FOR (n:SalaryBand) ON (n.network);
CREATE INDEX station_network IF NOT EXISTS FOR (n:Station) ON (n.network);
CREATE INDEX line_network IF NOT EXISTS FOR (n:Line) ON (n.network);
CREATE INDEX module_network IF NOT EXISTS FOR (n:Module) ON (n.network);
CREATE INDEX learning_track_network IF NOT EXISTS FOR (n:LearningTrack) ON (n.network);
CREATE INDEX curriculum_network IF NOT EXISTS FOR (n:Curriculum) ON (n.network);
CREATE INDEX audit_entry_network IF NOT EXISTS FOR (n:AuditEntry) ON (n.network);
CREATE INDEX audit_entry_item IF NOT EXISTS FOR (n:AuditEntry) ON (n.itemId);

// Joins with ESCO / O*NET imports look items up by their external codes.
CREATE INDEX station_esco IF NOT EXISTS FOR (n:Station) ON (n.codes_esco);
CREATE INDEX skill_esco IF NOT EXISTS FOR (n:Skill) ON (n.codes_esco);
CREATE INDEX station_isco IF NOT EXISTS FOR (n:Station) ON (n.codes_isco);

// Search by name in both languages, over every kind that has a label.
CREATE FULLTEXT INDEX item_labels IF NOT EXISTS
FOR (n:Station|Line|Skill|Module|LearningTrack|Certificate|Curriculum|SalaryBand|Region|Organisation)
ON EACH [n.label_nl, n.label_en];

// Substring (CONTAINS) matches on station names, e.g. for an autocomplete.
CREATE TEXT INDEX station_label_nl IF NOT EXISTS FOR (n:Station) ON (n.label_nl);
CREATE TEXT INDEX station_label_en IF NOT EXISTS FOR (n:Station) ON (n.label_en);

// ---- People, sessions and plans (the user store, with GRAPH_STORE=neo4j) ----
//
// Every user-side node carries `ns`, the store's namespace: '' for the app, a fresh slug per
// test run, so test runs on a shared server never meet real accounts. Keys a person or a
// caller chooses (emails, session ids, the ids behind *Ref nodes) are unique per namespace;
// ids the store draws at random (users, plans, comments: 120 bits) are unique outright, which
// also gives their lookups a single-property index.

CREATE CONSTRAINT user_id IF NOT EXISTS FOR (n:User) REQUIRE n.id IS UNIQUE;
// One account per email, compared case-insensitively: the store writes the lowered form.
CREATE CONSTRAINT user_email IF NOT EXISTS FOR (n:User) REQUIRE (n.ns, n.emailLower) IS UNIQUE;
// Session ids are SHA-256 hashes of the cookie token, never the token.
CREATE CONSTRAINT session_key IF NOT EXISTS FOR (n:Session) REQUIRE (n.ns, n.id) IS UNIQUE;
CREATE CONSTRAINT plan_id IF NOT EXISTS FOR (n:Plan) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT plan_comment_id IF NOT EXISTS FOR (n:PlanComment) REQUIRE n.id IS UNIQUE;

// Organisations, skills, certificates and modules as people and plans refer to them, across
// networks (see src/lib/server/store/neo4j/user-cypher.ts for why these are not the network's nodes).
CREATE CONSTRAINT org_ref_key IF NOT EXISTS FOR (n:OrgRef) REQUIRE (n.ns, n.id) IS UNIQUE;
CREATE CONSTRAINT skill_ref_key IF NOT EXISTS FOR (n:SkillRef) REQUIRE (n.ns, n.id) IS UNIQUE;
CREATE CONSTRAINT certificate_ref_key IF NOT EXISTS FOR (n:CertificateRef) REQUIRE (n.ns, n.id) IS UNIQUE;
CREATE CONSTRAINT module_ref_key IF NOT EXISTS FOR (n:ModuleRef) REQUIRE (n.ns, n.id) IS UNIQUE;

// The save order of plans (one counter per namespace); MERGE on it is safe under this constraint.
CREATE CONSTRAINT counter_key IF NOT EXISTS FOR (n:Counter) REQUIRE (n.ns, n.name) IS UNIQUE;

// The sign-in limits' counters (MERGE on them is safe under this constraint) and their sweep.
CREATE CONSTRAINT auth_counter_key IF NOT EXISTS FOR (n:AuthCounter) REQUIRE (n.ns, n.key) IS UNIQUE;
CREATE INDEX auth_counter_last_at IF NOT EXISTS FOR (n:AuthCounter) ON (n.lastAt);

// Lists of all users and all plans; the sweep of expired sessions; plans shared with an organisation.
CREATE INDEX user_ns IF NOT EXISTS FOR (n:User) ON (n.ns);
CREATE INDEX plan_ns IF NOT EXISTS FOR (n:Plan) ON (n.ns);
CREATE INDEX session_expiry IF NOT EXISTS FOR (n:Session) ON (n.expiresAt);
CREATE INDEX plan_organisation IF NOT EXISTS FOR (n:Plan) ON (n.organisation);
