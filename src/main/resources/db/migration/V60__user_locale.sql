-- The UI language each user chose (issue 7: French, Spanish, Arabic). NULL = follow the browser's
-- Accept-Language. Values are language tags of the offered UI languages: en, fr, es, ar.
ALTER TABLE app_user ADD COLUMN locale VARCHAR(10) NULL;
