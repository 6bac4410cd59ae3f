-- CreateTable
CREATE TABLE "Theme" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "side" "Side" NOT NULL,
    "key" TEXT NOT NULL,
    "labelFr" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "keywordsFr" TEXT[],
    "keywordsEn" TEXT[],
    "queryFr" tsquery,
    "queryEn" tsquery,
    "mirrorId" UUID,
    "position" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Theme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerResponseTheme" (
    "responseId" UUID NOT NULL,
    "themeId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,

    CONSTRAINT "CustomerResponseTheme_pkey" PRIMARY KEY ("responseId","themeId")
);

-- CreateTable
CREATE TABLE "EmployeeResponseTheme" (
    "responseId" UUID NOT NULL,
    "themeId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,

    CONSTRAINT "EmployeeResponseTheme_pkey" PRIMARY KEY ("responseId","themeId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Theme_mirrorId_key" ON "Theme"("mirrorId");

-- CreateIndex
CREATE UNIQUE INDEX "Theme_organisationId_side_key_key" ON "Theme"("organisationId", "side", "key");

-- CreateIndex
CREATE INDEX "CustomerResponseTheme_organisationId_themeId_idx" ON "CustomerResponseTheme"("organisationId", "themeId");

-- CreateIndex
CREATE INDEX "EmployeeResponseTheme_organisationId_themeId_idx" ON "EmployeeResponseTheme"("organisationId", "themeId");

-- AddForeignKey
ALTER TABLE "Theme" ADD CONSTRAINT "Theme_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Theme" ADD CONSTRAINT "Theme_mirrorId_fkey" FOREIGN KEY ("mirrorId") REFERENCES "Theme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerResponseTheme" ADD CONSTRAINT "CustomerResponseTheme_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerResponseTheme" ADD CONSTRAINT "CustomerResponseTheme_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "CustomerResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerResponseTheme" ADD CONSTRAINT "CustomerResponseTheme_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployeeResponseTheme" ADD CONSTRAINT "EmployeeResponseTheme_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployeeResponseTheme" ADD CONSTRAINT "EmployeeResponseTheme_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "EmployeeResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployeeResponseTheme" ADD CONSTRAINT "EmployeeResponseTheme_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written from here (docs/themes.md). Keep comments free of semicolons: the runner splits
-- the file on them, so the plpgsql bodies below are E'' strings that spell each one \073.

-- A theme has 1 to 80 keywords over both languages, at most 40 per language.
ALTER TABLE "Theme" ADD CONSTRAINT "Theme_keywords_check" CHECK (
  cardinality(coalesce("keywordsFr", '{}')) <= 40
  AND cardinality(coalesce("keywordsEn", '{}')) <= 40
  AND cardinality(coalesce("keywordsFr", '{}')) + cardinality(coalesce("keywordsEn", '{}')) >= 1
);

-- The keywords compiled to a tsquery once per theme, by the database (migration theme_search).
ALTER TABLE "Theme" DROP COLUMN "queryFr", DROP COLUMN "queryEn";
ALTER TABLE "Theme"
  ADD COLUMN "queryFr" tsquery GENERATED ALWAYS AS (public.symetrie_theme_query('public.symetrie_fr'::regconfig, "keywordsFr")) STORED,
  ADD COLUMN "queryEn" tsquery GENERATED ALWAYS AS (public.symetrie_theme_query('public.symetrie_en'::regconfig, "keywordsEn")) STORED;

-- Customer comments inserted by one statement, matched in one pass: each comment's tsvector is
-- computed once (MATERIALIZED) in the language of its answer, then tested against the active
-- themes of its organisation on the customer side.
CREATE FUNCTION public.symetrie_customer_themes_insert() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  WITH document AS MATERIALIZED (
    SELECT n.id, n."organisationId", n.locale,
      pg_catalog.to_tsvector(CASE WHEN n.locale = ''en'' THEN ''public.symetrie_en''::regconfig ELSE ''public.symetrie_fr''::regconfig END, n.comment) AS vector
    FROM new_rows AS n
    WHERE n.comment IS NOT NULL AND n.comment <> ''''
  )
  INSERT INTO "CustomerResponseTheme" ("responseId", "themeId", "organisationId")
  SELECT d.id, t.id, d."organisationId"
  FROM document AS d
  JOIN "Theme" AS t ON t."organisationId" = d."organisationId" AND t.side = ''CUSTOMER'' AND t.active
  WHERE d.vector @@ (CASE WHEN d.locale = ''en'' THEN t."queryEn" ELSE t."queryFr" END)
  ON CONFLICT DO NOTHING\073
  RETURN NULL\073
END';

-- Employee answers carry no language: their comments are read in the organisation's default one.
CREATE FUNCTION public.symetrie_employee_themes_insert() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  WITH document AS MATERIALIZED (
    SELECT n.id, n."organisationId", o."defaultLocale" AS locale,
      pg_catalog.to_tsvector(CASE WHEN o."defaultLocale" = ''en'' THEN ''public.symetrie_en''::regconfig ELSE ''public.symetrie_fr''::regconfig END, n.comment) AS vector
    FROM new_rows AS n
    JOIN "Organisation" AS o ON o.id = n."organisationId"
    WHERE n.comment IS NOT NULL AND n.comment <> ''''
  )
  INSERT INTO "EmployeeResponseTheme" ("responseId", "themeId", "organisationId")
  SELECT d.id, t.id, d."organisationId"
  FROM document AS d
  JOIN "Theme" AS t ON t."organisationId" = d."organisationId" AND t.side = ''EMPLOYEE'' AND t.active
  WHERE d.vector @@ (CASE WHEN d.locale = ''en'' THEN t."queryEn" ELSE t."queryFr" END)
  ON CONFLICT DO NOTHING\073
  RETURN NULL\073
END';

-- A comment (or its language) changed: that answer's themes are matched again. Row by row,
-- as PostgreSQL allows no column list on a trigger with transition tables and edits are rare.
CREATE FUNCTION public.symetrie_customer_themes_update() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  DELETE FROM "CustomerResponseTheme" WHERE "responseId" = NEW.id\073
  INSERT INTO "CustomerResponseTheme" ("responseId", "themeId", "organisationId")
  SELECT NEW.id, t.id, NEW."organisationId"
  FROM "Theme" AS t
  WHERE t."organisationId" = NEW."organisationId" AND t.side = ''CUSTOMER'' AND t.active
    AND NEW.comment IS NOT NULL AND NEW.comment <> ''''
    AND pg_catalog.to_tsvector(CASE WHEN NEW.locale = ''en'' THEN ''public.symetrie_en''::regconfig ELSE ''public.symetrie_fr''::regconfig END, NEW.comment)
      @@ (CASE WHEN NEW.locale = ''en'' THEN t."queryEn" ELSE t."queryFr" END)\073
  RETURN NULL\073
END';

CREATE FUNCTION public.symetrie_employee_themes_update() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  locale "Locale"\073
BEGIN
  SELECT o."defaultLocale" INTO locale FROM "Organisation" AS o WHERE o.id = NEW."organisationId"\073
  DELETE FROM "EmployeeResponseTheme" WHERE "responseId" = NEW.id\073
  INSERT INTO "EmployeeResponseTheme" ("responseId", "themeId", "organisationId")
  SELECT NEW.id, t.id, NEW."organisationId"
  FROM "Theme" AS t
  WHERE t."organisationId" = NEW."organisationId" AND t.side = ''EMPLOYEE'' AND t.active
    AND NEW.comment IS NOT NULL AND NEW.comment <> ''''
    AND pg_catalog.to_tsvector(CASE WHEN locale = ''en'' THEN ''public.symetrie_en''::regconfig ELSE ''public.symetrie_fr''::regconfig END, NEW.comment)
      @@ (CASE WHEN locale = ''en'' THEN t."queryEn" ELSE t."queryFr" END)\073
  RETURN NULL\073
END';

CREATE TRIGGER "CustomerResponse_themes_insert" AFTER INSERT ON "CustomerResponse"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.symetrie_customer_themes_insert();
CREATE TRIGGER "EmployeeResponse_themes_insert" AFTER INSERT ON "EmployeeResponse"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.symetrie_employee_themes_insert();
CREATE TRIGGER "CustomerResponse_themes_update" AFTER UPDATE OF comment, locale ON "CustomerResponse"
  FOR EACH ROW WHEN (OLD.comment IS DISTINCT FROM NEW.comment OR OLD.locale IS DISTINCT FROM NEW.locale)
  EXECUTE FUNCTION public.symetrie_customer_themes_update();
CREATE TRIGGER "EmployeeResponse_themes_update" AFTER UPDATE OF comment ON "EmployeeResponse"
  FOR EACH ROW WHEN (OLD.comment IS DISTINCT FROM NEW.comment)
  EXECUTE FUNCTION public.symetrie_employee_themes_update();

-- Matches one theme again over all the comments of its organisation and side (its keywords or
-- its active flag changed) and returns how many comments it now matches. Costs one
-- tsvector per comment of the organisation on that side.
CREATE FUNCTION public.symetrie_rematch_theme(theme_id uuid) RETURNS integer LANGUAGE plpgsql AS E'
DECLARE
  theme record\073
  matched integer := 0\073
BEGIN
  SELECT t.id, t."organisationId", t.side, t.active, t."queryFr", t."queryEn", o."defaultLocale"
    INTO theme
    FROM "Theme" AS t JOIN "Organisation" AS o ON o.id = t."organisationId"
    WHERE t.id = theme_id\073
  IF NOT FOUND THEN
    RETURN 0\073
  END IF\073
  IF theme.side = ''CUSTOMER'' THEN
    DELETE FROM "CustomerResponseTheme" WHERE "themeId" = theme.id\073
    IF theme.active THEN
      INSERT INTO "CustomerResponseTheme" ("responseId", "themeId", "organisationId")
      SELECT r.id, theme.id, r."organisationId"
      FROM "CustomerResponse" AS r
      WHERE r."organisationId" = theme."organisationId" AND r.comment IS NOT NULL AND r.comment <> ''''
        AND pg_catalog.to_tsvector(CASE WHEN r.locale = ''en'' THEN ''public.symetrie_en''::regconfig ELSE ''public.symetrie_fr''::regconfig END, r.comment)
          @@ (CASE WHEN r.locale = ''en'' THEN theme."queryEn" ELSE theme."queryFr" END)\073
      GET DIAGNOSTICS matched = ROW_COUNT\073
    END IF\073
  ELSE
    DELETE FROM "EmployeeResponseTheme" WHERE "themeId" = theme.id\073
    IF theme.active THEN
      INSERT INTO "EmployeeResponseTheme" ("responseId", "themeId", "organisationId")
      SELECT r.id, theme.id, r."organisationId"
      FROM "EmployeeResponse" AS r
      WHERE r."organisationId" = theme."organisationId" AND r.comment IS NOT NULL AND r.comment <> ''''
        AND pg_catalog.to_tsvector(CASE WHEN theme."defaultLocale" = ''en'' THEN ''public.symetrie_en''::regconfig ELSE ''public.symetrie_fr''::regconfig END, r.comment)
          @@ (CASE WHEN theme."defaultLocale" = ''en'' THEN theme."queryEn" ELSE theme."queryFr" END)\073
      GET DIAGNOSTICS matched = ROW_COUNT\073
    END IF\073
  END IF\073
  RETURN matched\073
END';

CREATE FUNCTION public.symetrie_theme_rematch() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM public.symetrie_rematch_theme(NEW.id)\073
  RETURN NULL\073
END';

-- New themes (an organisation's defaults, the backfill below, a theme added later) are matched
-- against the existing comments in one pass per statement: one tsvector per comment, not one
-- per comment and theme.
CREATE FUNCTION public.symetrie_themes_inserted() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  WITH document AS MATERIALIZED (
    SELECT r.id, r."organisationId", r.locale,
      pg_catalog.to_tsvector(CASE WHEN r.locale = ''en'' THEN ''public.symetrie_en''::regconfig ELSE ''public.symetrie_fr''::regconfig END, r.comment) AS vector
    FROM "CustomerResponse" AS r
    WHERE r."organisationId" IN (SELECT t."organisationId" FROM new_themes AS t WHERE t.side = ''CUSTOMER'' AND t.active)
      AND r.comment IS NOT NULL AND r.comment <> ''''
  )
  INSERT INTO "CustomerResponseTheme" ("responseId", "themeId", "organisationId")
  SELECT d.id, t.id, d."organisationId"
  FROM document AS d
  JOIN new_themes AS t ON t."organisationId" = d."organisationId" AND t.side = ''CUSTOMER'' AND t.active
  WHERE d.vector @@ (CASE WHEN d.locale = ''en'' THEN t."queryEn" ELSE t."queryFr" END)
  ON CONFLICT DO NOTHING\073
  WITH document AS MATERIALIZED (
    SELECT r.id, r."organisationId", o."defaultLocale" AS locale,
      pg_catalog.to_tsvector(CASE WHEN o."defaultLocale" = ''en'' THEN ''public.symetrie_en''::regconfig ELSE ''public.symetrie_fr''::regconfig END, r.comment) AS vector
    FROM "EmployeeResponse" AS r
    JOIN "Organisation" AS o ON o.id = r."organisationId"
    WHERE r."organisationId" IN (SELECT t."organisationId" FROM new_themes AS t WHERE t.side = ''EMPLOYEE'' AND t.active)
      AND r.comment IS NOT NULL AND r.comment <> ''''
  )
  INSERT INTO "EmployeeResponseTheme" ("responseId", "themeId", "organisationId")
  SELECT d.id, t.id, d."organisationId"
  FROM document AS d
  JOIN new_themes AS t ON t."organisationId" = d."organisationId" AND t.side = ''EMPLOYEE'' AND t.active
  WHERE d.vector @@ (CASE WHEN d.locale = ''en'' THEN t."queryEn" ELSE t."queryFr" END)
  ON CONFLICT DO NOTHING\073
  RETURN NULL\073
END';

CREATE TRIGGER "Theme_match_insert" AFTER INSERT ON "Theme"
  REFERENCING NEW TABLE AS new_themes FOR EACH STATEMENT EXECUTE FUNCTION public.symetrie_themes_inserted();
CREATE TRIGGER "Theme_rematch_update" AFTER UPDATE OF "keywordsFr", "keywordsEn", active ON "Theme"
  FOR EACH ROW WHEN (OLD."keywordsFr" IS DISTINCT FROM NEW."keywordsFr" OR OLD."keywordsEn" IS DISTINCT FROM NEW."keywordsEn" OR OLD.active IS DISTINCT FROM NEW.active)
  EXECUTE FUNCTION public.symetrie_theme_rematch();

-- Backfill: every existing organisation gets the default themes of lib/themes/default-pairs.ts
-- as of this migration (their comments are matched by the insert trigger above), then each pair
-- points at its mirror both ways.
INSERT INTO "Theme" (id, "organisationId", side, key, "labelFr", "labelEn", "keywordsFr", "keywordsEn", position)
SELECT gen_random_uuid(), o.id, d.side::"Side", d.key, d.label_fr, d.label_en, d.keywords_fr, d.keywords_en, d.position
FROM "Organisation" AS o
CROSS JOIN (VALUES
  ('CUSTOMER', 'attente', 'Attente et délais', 'Waiting and delays',
   ARRAY['attente', 'attendre', 'attends', 'attend', 'attendu', 'faire patienter', 'fait patienter', 'délai', 'trop long', 'très long', 'pas long', 'interminable', 'rapide', 'rapidement', 'réactivité', 'réactif', 'des plombes', 'des heures', '1h', '2h', 'perdre du temps', 'temps perdu', 'demi-journée', 'minutes'],
   ARRAY['wait', 'waiting', 'waited', 'on hold', 'delay', 'too long', 'took ages', 'hours', 'minutes', 'quick', 'fast', 'slow'], 0),
  ('EMPLOYEE', 'sous_effectif', 'Sous-effectif et charge de travail', 'Understaffing and workload',
   ARRAY['sous-effectif', 'effectif', 'effectifs', 'manque de monde', 'assez de monde', 'assez de gens', 'charge de travail', 'surcharge', 'débordé', 'débordés', 'trop d''appels', 'trop de boulot', 'trop de travail', 'non remplacé', 'non remplacées', 'arrêt maladie', 'recruter', 'recrutement', 'turnover', 'en train de courir', 'intenable', 'travail de deux', 'manque de temps', 'pics de charge', 'pic de charge', 'assez de temps'],
   ARRAY['understaffed', 'short-staffed', 'staff shortage', 'workload', 'overloaded', 'too many calls', 'not enough people', 'hire', 'turnover'], 0),
  ('CUSTOMER', 'joignabilite', 'Joignabilité', 'Reaching us',
   ARRAY['joindre', 'joignable', 'injoignable', 'personne ne répond', 'personne qui répond', 'répond jamais', 'répondent jamais', 'décroche', 'décrocher', 'standard', 'répondeur', 'serveur vocal', 'robot vocal', 'horaires d''ouverture', 'fermé', 'fermée', 'ligne occupée', 'ligne a coupé', 'saturé', 'saturée', 'avoir un humain', 'parler à quelqu''un', 'numéro', 'surtaxé', 'hotline', 'formulaire de contact'],
   ARRAY['reach', 'unreachable', 'nobody answers', 'no one picks up', 'hotline', 'opening hours', 'closed', 'line busy', 'human', 'phone number'], 1),
  ('EMPLOYEE', 'planning', 'Planning et horaires', 'Schedules and working hours',
   ARRAY['planning', 'plannings', 'planing', 'horaire', 'horaires', 'emploi du temps', 'congé', 'congés', 'RTT', 'pause', 'pauses', 'télétravail', 'week-end', 'samedi', 'roulement', '3x8', 'décalés', 'jours de repos', 'semaines de 6 jours'],
   ARRAY['schedule', 'rota', 'shift', 'shifts', 'working hours', 'leave', 'holiday', 'days off', 'break', 'breaks', 'remote work', 'weekend'], 1),
  ('CUSTOMER', 'reponse', 'Compétence et qualité de la réponse', 'Competence and quality of the answer',
   ARRAY['compétent', 'compétente', 'incompétent', 'compétence', 'solution', 'résolu', 'résoudre', 'résolution', 'réglé', 'régler', 'explication', 'explications', 'expliqué', 'clair', 'claire', 'claires', 'mauvaise information', 'informations contradictoires', 'contradictoire', 'bon conseil', 'mauvais conseil', 'connaît', 'connaissait', 'savait pas', 'savent rien', 'su me dire', 'professionnel', 'efficace', 'même problème', 'tout géré', 'répondre à ma question', 'à côté de la plaque', 'réponses toutes faites', 'réponse claire'],
   ARRAY['competent', 'incompetent', 'knowledgeable', 'answer', 'solution', 'solved', 'resolved', 'fixed', 'explained', 'clear', 'advice', 'professional', 'efficient'], 2),
  ('EMPLOYEE', 'formation', 'Formation', 'Training',
   ARRAY['formation', 'formations', 'formé', 'formés', 'former', 'tuto', 'tutoriel', 'tuteur', 'accompagné', 'accompagnés', 'accompagnement', 'montée en compétence', 'e-learning', 'apprendre', 'sur le tas', 'binôme', 'expliqué comment', 'aucune explication'],
   ARRAY['training', 'trained', 'onboarding', 'tutorial', 'coaching', 'mentor', 'e-learning', 'learn', 'upskilling'], 2),
  ('CUSTOMER', 'amabilite', 'Amabilité et accueil', 'Friendliness and welcome',
   ARRAY['aimable', 'amabilité', 'sympa', 'sympathique', 'souriant', 'souriante', 'poli', 'impoli', 'politesse', 'courtois', 'agréable', 'désagréable', 'gentil', 'gentille', 'chaleureux', 'accueil', 'accueillant', 'patience', 'patient', 'raccroché au nez', 'condescendant', 'condescendante', 'méprisant', 'glacial', 'mal traité', 'respecté', 'bonjour', 'comme à un enfant', 'arrogant', 'empathie'],
   ARRAY['friendly', 'kind', 'polite', 'rude', 'nice', 'pleasant', 'unpleasant', 'welcoming', 'smile', 'patient', 'patience', 'hung up on me', 'condescending'], 3),
  ('EMPLOYEE', 'reconnaissance', 'Reconnaissance et ambiance', 'Recognition and atmosphere',
   ARRAY['reconnaissance', 'reconnu', 'valorisé', 'merci', 'félicité', 'félicités', 'bravo', 'ambiance', 'bonne équipe', 'super équipe', 'équipe au top', 'esprit d''équipe', 'collègues', 'entraide', 'soudée', 'prime', 'augmentation', 'salaire', 'séminaire', 'perspectives', 'chacun pour soi', 'respecté'],
   ARRAY['recognition', 'recognised', 'valued', 'thanks', 'thank you', 'atmosphere', 'team spirit', 'colleagues', 'bonus', 'pay rise', 'salary'], 3),
  ('CUSTOMER', 'ecoute', 'Écoute et compréhension', 'Listening and understanding',
   ARRAY['écoute', 'écouter', 'écouté', 'empathie', 'compris', 'comprendre', 'pris le temps', 'coupé la parole', 'laissé finir', 'script', 'rassuré', 'rassurée', 'lu mon message'],
   ARRAY['listen', 'listened', 'listening', 'understood', 'understand', 'empathy', 'interrupted', 'took the time', 'script', 'reassured'], 4),
  ('EMPLOYEE', 'management', 'Management et écoute', 'Management and listening',
   ARRAY['manager', 'manageur', 'management', 'responsable', 'chef', 'cheffe', 'hiérarchie', 'direction', 'entretien annuel', 'objectifs', 'pression', 'écoute', 'soutenu', 'soutien', 'défend', 'prises en compte', 'remonter', 'réunions', 'évalués', 'jugés', 'chiffres', 'bienveillant', 'seul face', 'consultés', 'recadré', 'recadrés'],
   ARRAY['manager', 'management', 'team leader', 'supervisor', 'boss', 'leadership', 'listens', 'support', 'pressure', 'targets', 'appraisal', 'meetings'], 4),
  ('CUSTOMER', 'suivi', 'Suivi et rappels', 'Follow-up and callbacks',
   ARRAY['suivi', 'rappel', 'rappelé', 'rappeler', 'relance', 'relancer', 'tenu informé', 'tenu au courant', 'nouvelles', 'promis', 'promesse', 'comme convenu', 'bloqué', 'réclamation', 'rien reçu', 'rendez-vous'],
   ARRAY['follow-up', 'follow up', 'callback', 'call back', 'called back', 'chase', 'kept informed', 'kept me updated', 'promised', 'no news', 'complaint'], 5),
  ('EMPLOYEE', 'process', 'Process et procédures', 'Processes and procedures',
   ARRAY['process', 'processus', 'procédure', 'procédures', 'étapes', 'tableaux', 'reporting', 'ressaisit', 'ressaisir', 'double saisie', 'tickets', 'fiches', 'scripts', 'lourd', 'lourds', 'paperasse'],
   ARRAY['process', 'processes', 'procedure', 'procedures', 'paperwork', 'red tape', 'steps', 'rules', 'reporting', 'forms'], 5),
  ('CUSTOMER', 'renvoi', 'Renvoyé d’un service à l’autre', 'Passed from one department to another',
   ARRAY['transféré', 'transférer', 'transfert', 'renvoyé', 'renvoie', 'baladé', 'balader', 'de service en service', 'autre service', 'service à l''autre', 'poste à l''autre', 'interlocuteur', 'intermédiaires', 'réexpliquer', 'répéter', 'tourner en bourrique', 'ping-pong', 'personnes différentes', 'à qui s''adresser', 'de bout en bout'],
   ARRAY['transferred', 'passed around', 'passed on', 'another department', 'bounced', 'repeat myself', 'explain again', 'runaround'], 6),
  ('EMPLOYEE', 'autonomie', 'Autonomie et pouvoir de décision', 'Autonomy and authority to decide',
   ARRAY['autonomie', 'autonome', 'latitude', 'marge de manœuvre', 'marge', 'pas le droit', 'validation', 'valide tout', 'accord du', 'décider', 'décision', 'niveau 2', 'transférer', 'superviseur', 'sans demander', 'rigides', 'micro-management', 'pouvoir rien faire'],
   ARRAY['autonomy', 'latitude', 'leeway', 'not allowed', 'approval', 'authority', 'decide', 'escalate', 'micromanagement', 'empowered'], 6),
  ('CUSTOMER', 'facturation', 'Prix et facturation', 'Price and billing',
   ARRAY['facture', 'factures', 'facturation', 'facturé', 'prix', 'tarif', 'tarifs', 'cher', 'coût', 'payer', 'payé', 'paiement', 'prélèvement', 'prélevé', 'remboursement', 'rembourser', 'remboursé', 'frais', 'abonnement', 'euros', 'geste commercial', 'un geste', 'surtaxé', 'pénalités', 'RIB'],
   ARRAY['bill', 'billing', 'invoice', 'charged', 'price', 'expensive', 'fee', 'fees', 'refund', 'payment', 'direct debit', 'subscription', 'overcharged'], 7),
  ('EMPLOYEE', 'politique_commerciale', 'Politique commerciale et tarifs', 'Commercial policy and pricing',
   ARRAY['geste commercial', 'gestes commerciaux', 'un geste', 'commerciale', 'commerciales', 'commerciaux', 'offre', 'offres', 'promo', 'promos', 'promotion', 'promotionnelles', 'tarif', 'tarifs', 'tarifaire', 'prix', 'vendre', 'vente', 'remboursement', 'rembourser', 'facture', 'factures', 'facturation'],
   ARRAY['commercial policy', 'goodwill gesture', 'offer', 'offers', 'promotion', 'pricing', 'prices', 'sell', 'sales', 'refund', 'refunds', 'billing'], 7),
  ('CUSTOMER', 'espace_client', 'Site, appli et espace client', 'Website, app and customer account',
   ARRAY['espace client', 'espace perso', 'espace personnel', 'site', 'appli', 'application', 'en ligne', 'mot de passe', 'connecter', 'connexion', 'identifiant', 'chat', 'chatbot', 'formulaire', 'mise à jour', 'bug', 'plante', 'lien'],
   ARRAY['website', 'site', 'app', 'online', 'account', 'password', 'log in', 'login', 'chat', 'chatbot', 'form', 'bug', 'crash'], 8),
  ('EMPLOYEE', 'outils', 'Outils et informatique', 'Tools and IT',
   ARRAY['outil', 'outils', 'logiciel', 'logiciels', 'CRM', 'informatique', 'téléphonie', 'système', 'appli', 'applis', 'écran', 'écrans', 'intranet', 'base de connaissances', 'VPN', 'casque', 'casques', 'plante', 'plantent', 'planté', 'rame', 'bug', 'ordinateur', 'PC', 'ticketing'],
   ARRAY['tool', 'tools', 'software', 'CRM', 'IT', 'system', 'app', 'screen', 'intranet', 'knowledge base', 'VPN', 'headset', 'crash', 'slow'], 8),
  ('CUSTOMER', 'livraison', 'Commande et livraison', 'Order and delivery',
   ARRAY['livraison', 'livré', 'livrer', 'livreur', 'colis', 'commande', 'commandé', 'entrepôt', 'entrepôts', 'cassé', 'installation', 'retard'],
   ARRAY['delivery', 'delivered', 'parcel', 'package', 'order', 'ordered', 'courier', 'shipping', 'damaged', 'late', 'installation'], 9),
  ('EMPLOYEE', 'coordination', 'Coordination avec les autres services', 'Coordination with other departments',
   ARRAY['autres services', 'entre services', 'autre service', 'service technique', 'service facturation', 'service juridique', 'service logistique', 'logistique', 'entrepôt', 'back-office', 'terrain', 'service commercial', 'infos', 'informé', 'informés', 'communication', 'com', 'renvoie la balle', 'transmettre', 'internes', 'interne'],
   ARRAY['other departments', 'back office', 'logistics', 'warehouse', 'field team', 'sales team', 'communication', 'information', 'internal', 'handover'], 9)
) AS d(side, key, label_fr, label_en, keywords_fr, keywords_en, position)
ON CONFLICT ("organisationId", side, key) DO NOTHING;

UPDATE "Theme" AS this SET "mirrorId" = other.id
FROM "Theme" AS other, (VALUES ('attente', 'sous_effectif'), ('joignabilite', 'planning'), ('reponse', 'formation'), ('amabilite', 'reconnaissance'), ('ecoute', 'management'), ('suivi', 'process'), ('renvoi', 'autonomie'), ('facturation', 'politique_commerciale'), ('espace_client', 'outils'), ('livraison', 'coordination')) AS pair(customer_key, employee_key)
WHERE this."mirrorId" IS NULL AND other."organisationId" = this."organisationId" AND other.side <> this.side
  AND ((this.side = 'CUSTOMER' AND this.key = pair.customer_key AND other.key = pair.employee_key)
    OR (this.side = 'EMPLOYEE' AND this.key = pair.employee_key AND other.key = pair.customer_key));
