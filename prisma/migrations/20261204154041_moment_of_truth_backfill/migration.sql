-- Hand-written backfill: every organisation's employee moments get the HR event they stand for and
-- the trigger and delay that were fixed in code until now (30 days after onboarding, a job change or
-- a reorganisation, 3 after a one-to-one, 7 after a suggestion's answer or an HR interview), and
-- recruitment and first contact with the tools are known but do not trigger (7 and 14 days).
-- A separate migration from the enum values it uses (new values cannot be used in the same transaction).
CREATE TEMPORARY TABLE moment_backfill (key text, "eventType" "EmployeeEventType", "triggersPulse" boolean, "pulseDelayDays" int, "labelFr" text, "labelEn" text, position int);
INSERT INTO moment_backfill VALUES
  ('recrutement', 'RECRUITMENT', false, 7, 'Recrutement', 'Recruitment', 0),
  ('integration', 'ONBOARDING', true, 30, 'Intégration', 'Onboarding', 1),
  ('premiers_outils', 'FIRST_TOOLS', false, 14, 'Premier contact avec les outils', 'First contact with the tools', 2),
  ('entretien_manager', 'ONE_TO_ONE', true, 3, 'Entretien individuel avec le manager', 'One-to-one with the manager', 3),
  ('changement_poste', 'JOB_CHANGE', true, 30, 'Changement de poste', 'Job change', 4),
  ('reorganisation', 'REORGANISATION', true, 30, 'Réorganisation', 'Reorganisation', 5),
  ('reponse_suggestion', 'SUGGESTION_ANSWERED', true, 7, 'Réponse à une suggestion', 'Reaction to a suggestion', 6),
  ('entretien_rh', 'HR_INTERVIEW', true, 7, 'Entretien RH', 'HR interview', 7);
UPDATE "MomentOfTruth" m SET "eventType" = b."eventType", "triggersPulse" = b."triggersPulse", "pulseDelayDays" = b."pulseDelayDays"
FROM moment_backfill b WHERE m.side = 'EMPLOYEE' AND m.key = b.key;
-- An organisation that lacked one of these moments kept receiving its events: it gets the moment, so it still does.
INSERT INTO "MomentOfTruth" (id, "organisationId", side, key, "labelFr", "labelEn", position, "eventType", "triggersPulse", "pulseDelayDays")
SELECT gen_random_uuid(), o.id, 'EMPLOYEE', b.key, b."labelFr", b."labelEn", 100 + b.position, b."eventType", b."triggersPulse", b."pulseDelayDays"
FROM "Organisation" o CROSS JOIN moment_backfill b
WHERE NOT EXISTS (SELECT 1 FROM "MomentOfTruth" m WHERE m."organisationId" = o.id AND (m."eventType" = b."eventType" OR (m.side = 'EMPLOYEE' AND m.key = b.key)))
ON CONFLICT DO NOTHING;
DROP TABLE moment_backfill;
