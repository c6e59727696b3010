// Generated from openapi/openapi.json by `npm run web:types`; do not edit.
// A test fails when this file differs from what the committed OpenAPI document gives.

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is alive */
        get: operations["liveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process can serve: the database answers */
        get: operations["readiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in; sets the session cookie
         * @description With a second factor enrolled, send `code` too (401 second-factor-needed without it). An account of an organisation that requires single sign-on is refused (403 sso-required).
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out; the session ends on the server */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change one's own settings: e-mail reminders on or off, language; needs If-Match */
        patch: operations["updateCurrentUser"];
        trace?: never;
    };
    "/api/v1/municipalities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List municipalities, ordered by code */
        get: operations["listMunicipalities"];
        put?: never;
        /** Add a municipality (admin) */
        post: operations["createMunicipality"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipalities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one municipality */
        get: operations["getMunicipality"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a municipality (admin); needs If-Match */
        patch: operations["updateMunicipality"];
        trace?: never;
    };
    "/api/v1/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List organisations (parties), ordered by name; public, as the plan names them */
        get: operations["listOrganisations"];
        put?: never;
        /** Add an organisation (admin) */
        post: operations["createOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one organisation */
        get: operations["getOrganisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an organisation (admin); needs If-Match */
        patch: operations["updateOrganisation"];
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List accounts, ordered by e-mail (admin) */
        get: operations["listUsers"];
        put?: never;
        /** Create an account (admin) */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one account (admin) */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an account: role, organisation, password, disabled (admin); needs If-Match */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/v1/users/{id}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account's API tokens, without their secrets (admin) */
        get: operations["listTokens"];
        put?: never;
        /** Issue an API token for an account (admin); the secret is shown this once */
        post: operations["issueToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token (admin); it stops working at once */
        delete: operations["revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/goals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the goals the caller may see (the public: published ones) */
        get: operations["listGoals"];
        put?: never;
        /** Add a goal of a municipality */
        post: operations["createGoal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/goals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one goal */
        get: operations["getGoal"];
        put?: never;
        post?: never;
        /** Delete a goal that has no indicators and no agreement; needs If-Match */
        delete: operations["deleteGoal"];
        options?: never;
        head?: never;
        /** Change a goal; needs If-Match */
        patch: operations["updateGoal"];
        trace?: never;
    };
    "/api/v1/goals/{id}/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A goal's indicators */
        get: operations["listIndicators"];
        put?: never;
        /** Add an indicator that measures a goal */
        post: operations["createIndicator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one indicator */
        get: operations["getIndicator"];
        put?: never;
        post?: never;
        /** Delete an indicator and its values (the audit keeps them); needs If-Match */
        delete: operations["deleteIndicator"];
        options?: never;
        head?: never;
        /** Change an indicator; needs If-Match */
        patch: operations["updateIndicator"];
        trace?: never;
    };
    "/api/v1/indicators/{id}/values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An indicator's values by period and group */
        get: operations["listIndicatorValues"];
        /** Record or correct one value: 201 when new, 200 when it replaced one */
        put: operations["putIndicatorValue"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the cooperation agreements the caller may see, by start date */
        get: operations["listAgreements"];
        put?: never;
        /** Add a cooperation agreement (samverkansöverenskommelse) */
        post: operations["createAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one agreement */
        get: operations["getAgreement"];
        put?: never;
        post?: never;
        /** Delete an agreement that holds nothing (409 names what it holds); needs If-Match */
        delete: operations["deleteAgreement"];
        options?: never;
        head?: never;
        /** Change an agreement (partyIds and goalIds replace the lists); needs If-Match */
        patch: operations["updateAgreement"];
        trace?: never;
    };
    "/api/v1/agreements/{id}/focus-areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The plan's focus areas, in order */
        get: operations["listFocusAreas"];
        put?: never;
        /** Add a focus area (fokusområde) to the plan */
        post: operations["createFocusArea"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/focus-areas/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one focus area */
        get: operations["getFocusArea"];
        put?: never;
        post?: never;
        /** Delete a focus area that holds no activity; needs If-Match */
        delete: operations["deleteFocusArea"];
        options?: never;
        head?: never;
        /** Change a focus area; needs If-Match */
        patch: operations["updateFocusArea"];
        trace?: never;
    };
    "/api/v1/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List activities of the plans, filtered; the public sees published ones */
        get: operations["listActivities"];
        put?: never;
        /** Add an activity (aktivitet) to a focus area of a plan */
        post: operations["createActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one activity */
        get: operations["getActivity"];
        put?: never;
        post?: never;
        /** Delete an activity with no follow-ups and no promise (409 names what holds it); needs If-Match */
        delete: operations["deleteActivity"];
        options?: never;
        head?: never;
        /** Change an activity; partners of a shared activity may change status and comment; needs If-Match */
        patch: operations["updateActivity"];
        trace?: never;
    };
    "/api/v1/activities/{id}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An activity's recorded months, oldest first */
        get: operations["listFollowUps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/follow-up-grid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A year of the follow-up of every measured activity of an agreement the caller may read, in or outside promises
         * @description Per activity: its months of the year within the agreement period (target, outcome, state), whether the caller may record each now, and for a recorded month its version and comments. One year at a time: a whole agreement holds years of months for each of its activities.
         */
        get: operations["getFollowUpGrid"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}/follow-ups/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One month of an activity */
        get: operations["getFollowUp"];
        /**
         * Record a month (201) or correct it (200, needs If-Match)
         * @description comment and internalNote, when left out, keep what was recorded.
         */
        put: operations["putFollowUp"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/promises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List citizen promises (medborgarlöften) the caller may see, by start date */
        get: operations["listPromises"];
        put?: never;
        /** Add a citizen promise with its activities */
        post: operations["createPromise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/promises/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one promise */
        get: operations["getPromise"];
        put?: never;
        post?: never;
        /** Delete a promise; its activities and follow-ups stay; needs If-Match */
        delete: operations["deletePromise"];
        options?: never;
        head?: never;
        /** Change a promise (activityIds replaces the list); needs If-Match */
        patch: operations["updatePromise"];
        trace?: never;
    };
    "/api/v1/promises/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per activity: months with target and outcome, progress, missing months, tertials and years */
        get: operations["getPromiseProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/situation-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the lägesbilder the caller may see (the public: published and adopted ones) */
        get: operations["listSituationReports"];
        put?: never;
        /** Add a lägesbild (situation report) of a municipality */
        post: operations["createSituationReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/situation-reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one lägesbild */
        get: operations["getSituationReport"];
        put?: never;
        post?: never;
        /** Delete a lägesbild and its problems; 409 while an activity acts on a problem or cause of it, or an agreement answers it; needs If-Match */
        delete: operations["deleteSituationReport"];
        options?: never;
        head?: never;
        /** Change a lägesbild (adopt it: status adopted, adoptedAt, adoptedBy); needs If-Match */
        patch: operations["updateSituationReport"];
        trace?: never;
    };
    "/api/v1/situation-reports/{id}/problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The problems a lägesbild found, in order, each with its causes */
        get: operations["listProblems"];
        put?: never;
        /** Add a problem, with its causes, to a lägesbild */
        post: operations["createProblem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one problem */
        get: operations["getProblem"];
        put?: never;
        post?: never;
        /** Delete a problem and its causes; 409 while an activity acts on it or one of them; needs If-Match */
        delete: operations["deleteProblem"];
        options?: never;
        head?: never;
        /** Change a problem; causes replace the list (a cause sent with its id keeps it; leaving out one an activity acts on is 409); needs If-Match */
        patch: operations["updateProblem"];
        trace?: never;
    };
    "/api/v1/agreements/{id}/problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The problems of the lägesbild the agreement’s plan answers (none when it answers none) */
        get: operations["listAgreementProblems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/situation-reports/{id}/traceability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per problem and cause the activities acting on it with their progress to date; the problems no activity acts on; the activities acting on no problem */
        get: operations["getTraceability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tertial and year analyses of an agreement the caller may read (the public: final, published) */
        get: operations["listReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/reviews/{period}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The analysis of one tertial (2026-T1 … 2026-T3) or year (2026) */
        get: operations["getReview"];
        /** Write the analysis of a tertial or year (201), or replace it (200, needs If-Match) */
        put: operations["putReview"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/municipalities/{code}/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A municipality's public dashboard: published goals, indicators, promises and their progress
         * @description Cacheable: sends a strong ETag (one per content coding: br, gzip or none) and Cache-Control: public, no-cache, answers 304 to a matching If-None-Match; always current.
         */
        get: operations["getDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/missing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who has not reported a month: activities with a target and no outcome, per lead organisation
         * @description Per lead organisation, the activities of the municipality’s published promises whose period holds the month, with a target above 0 that month (within the activity’s own start and end) and no outcome: no follow-up, or one recorded with outcome null. Callers see only activities they may read: unpublished ones only within their own municipality (editors, viewers), the agreements their organisation is party to (partners), or everywhere (admins). Any month may be asked, also one that has not ended.
         */
        get: operations["getMissingReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/missing.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The missing report as CSV for Swedish Excel
         * @description Per lead organisation, the activities of the municipality’s published promises whose period holds the month, with a target above 0 that month (within the activity’s own start and end) and no outcome: no follow-up, or one recorded with outcome null. Callers see only activities they may read: unpublished ones only within their own municipality (editors, viewers), the agreements their organisation is party to (partners), or everywhere (admins). Any month may be asked, also one that has not ended.
         *
         *     One row per activity: Månad;Organisation;Aktivitet;Löfte;Mål;Aktivitets-id (Löfte: the promises’ titles, separated by "; "). UTF-8 with BOM, `;` between cells, `,` as decimal mark, CRLF; text that a spreadsheet would run as a formula starts with an apostrophe.
         */
        get: operations["getMissingReportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/municipalities/{code}/open-data/promises.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A municipality's published promises with their published activities and progress, as open data (JSON)
         * @description One row per published promise and published activity of it (a promise with no published activity: one row, activity fields null). Published items and public fields only: never an internal note, who recorded a month, or an unpublished goal, indicator, promise or activity. Licence: CC0 1.0 Universell (CC0 1.0). Cacheable: sends a strong ETag and Cache-Control: public, no-cache, answers 304 to a matching If-None-Match; always current.
         *
         *     | column | type | meaning |
         *     | --- | --- | --- |
         *     | `promise_id` | id | The promise (medborgarlöfte) |
         *     | `promise_title` | text | Its title |
         *     | `promise_period_start` | date | First day of the promise, YYYY-MM-DD |
         *     | `promise_period_end` | date | Last day of the promise, YYYY-MM-DD |
         *     | `promise_text` | text | What is promised ("Vi lovar att …") |
         *     | `activity_id` | id, or null (empty in CSV) | An activity of the promise; null (with every activity field) for a promise with none |
         *     | `activity_title` | text, or null (empty in CSV) | The activity |
         *     | `lead_organisation` | text, or null (empty in CSV) | The organisation that leads it |
         *     | `partner_organisations` | text, or null (empty in CSV) | The organisations taking part, separated by "; " (empty: none) |
         *     | `area` | text, or null (empty in CSV) | Geographic area (stadsdel), where it has one |
         *     | `status` | text, or null (empty in CSV) | planned, ongoing, done, delayed or cancelled |
         *     | `start_date` | date, or null (empty in CSV) | When the activity starts, YYYY-MM-DD |
         *     | `end_date` | date, or null (empty in CSV) | When the activity ends, YYYY-MM-DD |
         *     | `measure_label` | text, or null (empty in CSV) | What is counted each month, e.g. "trygghetsvandringar" |
         *     | `measure_unit` | text, or null (empty in CSV) | Its unit, e.g. "antal" |
         *     | `monthly_target` | number, or null (empty in CSV) | The current target per month |
         *     | `target_to_date` | number, or null (empty in CSV) | Sum of the monthly targets of the months of the promise that have ended |
         *     | `outcome_to_date` | number, or null (empty in CSV) | Sum of the outcomes of those months (a month not reported counts 0) |
         *     | `progress` | number, or null (empty in CSV) | outcome_to_date ÷ target_to_date; null when the target to date is 0 |
         *     | `missing_months` | integer, or null (empty in CSV) | How many ended months are not reported |
         *
         *     JSON: `{ licence, municipality, items }`, each item an object with the columns above.
         */
        get: operations["getOpenDataPromisesJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/municipalities/{code}/open-data/promises.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A municipality's published promises with their published activities and progress, as open data (CSV)
         * @description One row per published promise and published activity of it (a promise with no published activity: one row, activity fields null). Published items and public fields only: never an internal note, who recorded a month, or an unpublished goal, indicator, promise or activity. Licence: CC0 1.0 Universell (CC0 1.0). Cacheable: sends a strong ETag and Cache-Control: public, no-cache, answers 304 to a matching If-None-Match; always current.
         *
         *     | column | type | meaning |
         *     | --- | --- | --- |
         *     | `promise_id` | id | The promise (medborgarlöfte) |
         *     | `promise_title` | text | Its title |
         *     | `promise_period_start` | date | First day of the promise, YYYY-MM-DD |
         *     | `promise_period_end` | date | Last day of the promise, YYYY-MM-DD |
         *     | `promise_text` | text | What is promised ("Vi lovar att …") |
         *     | `activity_id` | id, or null (empty in CSV) | An activity of the promise; null (with every activity field) for a promise with none |
         *     | `activity_title` | text, or null (empty in CSV) | The activity |
         *     | `lead_organisation` | text, or null (empty in CSV) | The organisation that leads it |
         *     | `partner_organisations` | text, or null (empty in CSV) | The organisations taking part, separated by "; " (empty: none) |
         *     | `area` | text, or null (empty in CSV) | Geographic area (stadsdel), where it has one |
         *     | `status` | text, or null (empty in CSV) | planned, ongoing, done, delayed or cancelled |
         *     | `start_date` | date, or null (empty in CSV) | When the activity starts, YYYY-MM-DD |
         *     | `end_date` | date, or null (empty in CSV) | When the activity ends, YYYY-MM-DD |
         *     | `measure_label` | text, or null (empty in CSV) | What is counted each month, e.g. "trygghetsvandringar" |
         *     | `measure_unit` | text, or null (empty in CSV) | Its unit, e.g. "antal" |
         *     | `monthly_target` | number, or null (empty in CSV) | The current target per month |
         *     | `target_to_date` | number, or null (empty in CSV) | Sum of the monthly targets of the months of the promise that have ended |
         *     | `outcome_to_date` | number, or null (empty in CSV) | Sum of the outcomes of those months (a month not reported counts 0) |
         *     | `progress` | number, or null (empty in CSV) | outcome_to_date ÷ target_to_date; null when the target to date is 0 |
         *     | `missing_months` | integer, or null (empty in CSV) | How many ended months are not reported |
         *
         *     CSV (RFC 4180): a header row with the column names above, UTF-8 without BOM, `,` between cells, `.` as decimal mark, CRLF, dates YYYY-MM-DD; text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) starts with an apostrophe. The licence is in the `X-Licence` header (non-ASCII characters percent-encoded as UTF-8).
         */
        get: operations["getOpenDataPromisesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/municipalities/{code}/open-data/followups.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The recorded months of a municipality's published activities, as open data (JSON)
         * @description One row per published activity and recorded month, by activity and month. Published items and public fields only: never an internal note, who recorded a month, or an unpublished goal, indicator, promise or activity. Licence: CC0 1.0 Universell (CC0 1.0). Cacheable: sends a strong ETag and Cache-Control: public, no-cache, answers 304 to a matching If-None-Match; always current.
         *
         *     | column | type | meaning |
         *     | --- | --- | --- |
         *     | `activity_id` | id | The activity |
         *     | `activity_title` | text | Its title |
         *     | `agreement_id` | id | The cooperation agreement (samverkansöverenskommelse) it belongs to |
         *     | `lead_organisation` | text | The organisation that leads it |
         *     | `measure_label` | text, or null (empty in CSV) | What is counted |
         *     | `measure_unit` | text, or null (empty in CSV) | Its unit |
         *     | `month` | month | The month followed up, YYYY-MM |
         *     | `target` | number, or null (empty in CSV) | The activity's monthly target as it held in that month |
         *     | `outcome` | number, or null (empty in CSV) | The outcome of the month; null: recorded as not reported |
         *     | `comment` | text | The public comment (empty: none) |
         *     | `recorded_at` | text | When it was recorded, ISO 8601 (UTC) |
         *
         *     JSON: `{ licence, municipality, items }`, each item an object with the columns above.
         */
        get: operations["getOpenDataFollowupsJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/municipalities/{code}/open-data/followups.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The recorded months of a municipality's published activities, as open data (CSV)
         * @description One row per published activity and recorded month, by activity and month. Published items and public fields only: never an internal note, who recorded a month, or an unpublished goal, indicator, promise or activity. Licence: CC0 1.0 Universell (CC0 1.0). Cacheable: sends a strong ETag and Cache-Control: public, no-cache, answers 304 to a matching If-None-Match; always current.
         *
         *     | column | type | meaning |
         *     | --- | --- | --- |
         *     | `activity_id` | id | The activity |
         *     | `activity_title` | text | Its title |
         *     | `agreement_id` | id | The cooperation agreement (samverkansöverenskommelse) it belongs to |
         *     | `lead_organisation` | text | The organisation that leads it |
         *     | `measure_label` | text, or null (empty in CSV) | What is counted |
         *     | `measure_unit` | text, or null (empty in CSV) | Its unit |
         *     | `month` | month | The month followed up, YYYY-MM |
         *     | `target` | number, or null (empty in CSV) | The activity's monthly target as it held in that month |
         *     | `outcome` | number, or null (empty in CSV) | The outcome of the month; null: recorded as not reported |
         *     | `comment` | text | The public comment (empty: none) |
         *     | `recorded_at` | text | When it was recorded, ISO 8601 (UTC) |
         *
         *     CSV (RFC 4180): a header row with the column names above, UTF-8 without BOM, `,` between cells, `.` as decimal mark, CRLF, dates YYYY-MM-DD; text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) starts with an apostrophe. The licence is in the `X-Licence` header (non-ASCII characters percent-encoded as UTF-8).
         */
        get: operations["getOpenDataFollowupsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/municipalities/{code}/open-data/indicators.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The values of a municipality's published goal indicators, as open data (JSON)
         * @description One row per value (period and group) of a published indicator of a published goal. Published items and public fields only: never an internal note, who recorded a month, or an unpublished goal, indicator, promise or activity. Licence: CC0 1.0 Universell (CC0 1.0). Cacheable: sends a strong ETag and Cache-Control: public, no-cache, answers 304 to a matching If-None-Match; always current.
         *
         *     | column | type | meaning |
         *     | --- | --- | --- |
         *     | `goal_id` | id | The municipal goal |
         *     | `goal_title` | text | Its title, e.g. "Ett attraktivt och tryggt Linköping" |
         *     | `indicator_id` | id | The indicator measuring the goal |
         *     | `indicator_title` | text | Its title |
         *     | `source` | text | Where the values come from: Medborgarenkäten, NTU, Polisens trygghetsmätning … |
         *     | `unit` | text | The unit, e.g. "procent" |
         *     | `direction` | text | increase or decrease: which way is better |
         *     | `period` | text | A year (2021) or a month (2021-05) |
         *     | `group` | text | all, women or men |
         *     | `value` | number | The value for the period and group |
         *     | `baseline_period` | text, or null (empty in CSV) | The period of the baseline |
         *     | `baseline_value` | number, or null (empty in CSV) | The baseline |
         *     | `target_period` | text, or null (empty in CSV) | The period of the target |
         *     | `target_value` | number, or null (empty in CSV) | The target |
         *
         *     JSON: `{ licence, municipality, items }`, each item an object with the columns above.
         */
        get: operations["getOpenDataIndicatorsJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/municipalities/{code}/open-data/indicators.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The values of a municipality's published goal indicators, as open data (CSV)
         * @description One row per value (period and group) of a published indicator of a published goal. Published items and public fields only: never an internal note, who recorded a month, or an unpublished goal, indicator, promise or activity. Licence: CC0 1.0 Universell (CC0 1.0). Cacheable: sends a strong ETag and Cache-Control: public, no-cache, answers 304 to a matching If-None-Match; always current.
         *
         *     | column | type | meaning |
         *     | --- | --- | --- |
         *     | `goal_id` | id | The municipal goal |
         *     | `goal_title` | text | Its title, e.g. "Ett attraktivt och tryggt Linköping" |
         *     | `indicator_id` | id | The indicator measuring the goal |
         *     | `indicator_title` | text | Its title |
         *     | `source` | text | Where the values come from: Medborgarenkäten, NTU, Polisens trygghetsmätning … |
         *     | `unit` | text | The unit, e.g. "procent" |
         *     | `direction` | text | increase or decrease: which way is better |
         *     | `period` | text | A year (2021) or a month (2021-05) |
         *     | `group` | text | all, women or men |
         *     | `value` | number | The value for the period and group |
         *     | `baseline_period` | text, or null (empty in CSV) | The period of the baseline |
         *     | `baseline_value` | number, or null (empty in CSV) | The baseline |
         *     | `target_period` | text, or null (empty in CSV) | The period of the target |
         *     | `target_value` | number, or null (empty in CSV) | The target |
         *
         *     CSV (RFC 4180): a header row with the column names above, UTF-8 without BOM, `,` between cells, `.` as decimal mark, CRLF, dates YYYY-MM-DD; text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) starts with an apostrophe. The licence is in the `X-Licence` header (non-ASCII characters percent-encoded as UTF-8).
         */
        get: operations["getOpenDataIndicatorsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/municipalities/{code}/open-data/problems.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The published problems of a municipality's adopted, published lägesbilder, with their causes, as open data (JSON)
         * @description One row per published problem and cause of it, by lägesbild and the problem’s order (a problem with no cause: one row, cause fields null). Published items and public fields only: never an internal note, who recorded a month, or an unpublished goal, indicator, promise or activity. Licence: CC0 1.0 Universell (CC0 1.0). Cacheable: sends a strong ETag and Cache-Control: public, no-cache, answers 304 to a matching If-None-Match; always current.
         *
         *     | column | type | meaning |
         *     | --- | --- | --- |
         *     | `situation_report_id` | id | The lägesbild (situation report) that found the problem |
         *     | `situation_report_title` | text | Its title |
         *     | `period_start` | date | First day of the period the lägesbild describes, YYYY-MM-DD |
         *     | `period_end` | date | Last day of that period, YYYY-MM-DD |
         *     | `adopted_at` | date, or null (empty in CSV) | When the lägesbild was adopted, YYYY-MM-DD |
         *     | `adopted_by` | text, or null (empty in CSV) | Who adopted it, e.g. "Kommunstyrelsen" |
         *     | `problem_id` | id | The problem |
         *     | `problem_title` | text | Its title |
         *     | `problem_description` | text | What the problem is (empty: nothing more) |
         *     | `category` | text | violence, drugs, property, disorder, youth, organisedCrime, welfareCrime, fraud, traffic, insecurity or other |
         *     | `areas` | text | The places it concerns, separated by "; " (empty: none named) |
         *     | `cause_id` | id, or null (empty in CSV) | A cause of the problem (orsaksanalys); null (with every cause field) for a problem with none |
         *     | `cause_title` | text, or null (empty in CSV) | The cause |
         *     | `cause_description` | text, or null (empty in CSV) | What the cause is (empty: nothing more) |
         *     | `activity_count` | integer | How many published activities act on the problem (on a cause row: on the cause); 0 is a gap |
         *
         *     JSON: `{ licence, municipality, items }`, each item an object with the columns above.
         */
        get: operations["getOpenDataProblemsJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/municipalities/{code}/open-data/problems.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The published problems of a municipality's adopted, published lägesbilder, with their causes, as open data (CSV)
         * @description One row per published problem and cause of it, by lägesbild and the problem’s order (a problem with no cause: one row, cause fields null). Published items and public fields only: never an internal note, who recorded a month, or an unpublished goal, indicator, promise or activity. Licence: CC0 1.0 Universell (CC0 1.0). Cacheable: sends a strong ETag and Cache-Control: public, no-cache, answers 304 to a matching If-None-Match; always current.
         *
         *     | column | type | meaning |
         *     | --- | --- | --- |
         *     | `situation_report_id` | id | The lägesbild (situation report) that found the problem |
         *     | `situation_report_title` | text | Its title |
         *     | `period_start` | date | First day of the period the lägesbild describes, YYYY-MM-DD |
         *     | `period_end` | date | Last day of that period, YYYY-MM-DD |
         *     | `adopted_at` | date, or null (empty in CSV) | When the lägesbild was adopted, YYYY-MM-DD |
         *     | `adopted_by` | text, or null (empty in CSV) | Who adopted it, e.g. "Kommunstyrelsen" |
         *     | `problem_id` | id | The problem |
         *     | `problem_title` | text | Its title |
         *     | `problem_description` | text | What the problem is (empty: nothing more) |
         *     | `category` | text | violence, drugs, property, disorder, youth, organisedCrime, welfareCrime, fraud, traffic, insecurity or other |
         *     | `areas` | text | The places it concerns, separated by "; " (empty: none named) |
         *     | `cause_id` | id, or null (empty in CSV) | A cause of the problem (orsaksanalys); null (with every cause field) for a problem with none |
         *     | `cause_title` | text, or null (empty in CSV) | The cause |
         *     | `cause_description` | text, or null (empty in CSV) | What the cause is (empty: nothing more) |
         *     | `activity_count` | integer | How many published activities act on the problem (on a cause row: on the cause); 0 is a gap |
         *
         *     CSV (RFC 4180): a header row with the column names above, UTF-8 without BOM, `,` between cells, `.` as decimal mark, CRLF, dates YYYY-MM-DD; text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) starts with an apostrophe. The licence is in the `X-Licence` header (non-ASCII characters percent-encoded as UTF-8).
         */
        get: operations["getOpenDataProblemsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The agreement’s plan, follow-ups and indicators as an Excel workbook
         * @description Whoever may read the agreement may export it, and gets only what they may read: the public (and readers outside the agreement) the published activities, without internal notes. Numbers and dates are real Excel numbers and dates; the header row is bold and frozen. Text a spreadsheet would run as a formula is written as a plain string cell.
         *
         *     Sheets and columns (Swedish headers): **Aktivitetsplan**, one row per activity: Id; Version; Fokusområde; Aktivitet; Beskrivning; Ansvarig; Partner; Område; Startdatum; Slutdatum; Status; Kommentar; Mått; Enhet; Mål per månad; Mål för vissa månader; Delad; Publicerad; Problem. **Uppföljning**, one row per activity and month (every month that can be recorded for an activity with a measure, and every recorded one): Id; Version; Aktivitets-id; Aktivitet (for reading; an import ignores it); Månad; Mål (for reading; an import ignores it); Utfall; Kommentar; Intern anteckning (readers of internal notes only). **Indikatorer**, one row per value of the indicators of the goals the agreement serves: Indikator-id; Kommunmål; Indikator; Källa; Enhet; Period; Grupp; Värde; Utgångsläge, period; Utgångsläge, värde; Målperiod; Målvärde. Status is one of Planerad, Pågår, Genomförd, Försenad, Inställd (an import also takes the API's words, planned, ongoing, done, delayed, cancelled; any case). Mål för vissa månader holds a measure's month targets as "jul 0, aug 2" (a month by its Swedish name or number with a colon). A measure counting things (unit "antal", "st" …) takes whole numbers only, in its targets and outcomes. Each row of an item carries its id (Id) and version (Version; 0 for a month not recorded) for a re-import.
         */
        get: operations["exportAgreementXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One table of the agreement’s export as CSV for Swedish Excel
         * @description The same table as the workbook’s sheet, the same reading rights. UTF-8 with BOM, `;` between cells, `,` as decimal mark, CRLF, dates YYYY-MM-DD, Ja/Nej; text a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) starts with an apostrophe, which an import takes away.
         *
         *     Sheets and columns (Swedish headers): **Aktivitetsplan**, one row per activity: Id; Version; Fokusområde; Aktivitet; Beskrivning; Ansvarig; Partner; Område; Startdatum; Slutdatum; Status; Kommentar; Mått; Enhet; Mål per månad; Mål för vissa månader; Delad; Publicerad; Problem. **Uppföljning**, one row per activity and month (every month that can be recorded for an activity with a measure, and every recorded one): Id; Version; Aktivitets-id; Aktivitet (for reading; an import ignores it); Månad; Mål (for reading; an import ignores it); Utfall; Kommentar; Intern anteckning (readers of internal notes only). **Indikatorer**, one row per value of the indicators of the goals the agreement serves: Indikator-id; Kommunmål; Indikator; Källa; Enhet; Period; Grupp; Värde; Utgångsläge, period; Utgångsläge, värde; Målperiod; Målvärde. Status is one of Planerad, Pågår, Genomförd, Försenad, Inställd (an import also takes the API's words, planned, ongoing, done, delayed, cancelled; any case). Mål för vissa månader holds a measure's month targets as "jul 0, aug 2" (a month by its Swedish name or number with a colon). A measure counting things (unit "antal", "st" …) takes whole numbers only, in its targets and outcomes. Each row of an item carries its id (Id) and version (Version; 0 for a month not recorded) for a re-import.
         */
        get: operations["exportAgreementCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import the plan and the follow-ups from the export’s layout (xlsx or CSV); a dry run first
         * @description Editors of the agreement’s municipality and admins (as for changing the agreement). The body is the file itself: `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` (a workbook: the sheets Aktivitetsplan and Uppföljning are imported; Indikatorer and any other sheet are ignored: indicator values change through PUT /indicators/{id}/values) or `text/csv` with `?table=activities|followups` (`;` or `,` between cells, UTF-8, a BOM is fine). **Limits: at most 10485760 bytes (IMPORT_MAX_BYTES; larger: 413) and 20000 rows in all (IMPORT_MAX_ROWS; more: 413); a workbook may unpack to at most 104857600 bytes, and one that unpacks to more than its zip directory declares is 413 unread.**
         *
         *     Rows with an Id update that item; rows without one create it (an activity: its focus area found by title within this agreement, lead and partners by organisation name, partners separated by ";"; a follow-up: the activity by Aktivitets-id, and the month is recorded, or corrected where it is). A column left out keeps what is stored; a blank cell clears it (or is an error where a value is needed). Where Version is given and the item has changed since (0: the month was not recorded), the row is an error: export again. Text follows the JSON API’s limits; numbers take a decimal comma or point; dates and months are Excel dates or YYYY-MM-DD / YYYY-MM text; Ja/Nej. A formula counts as the value it last computed. Importing an unchanged export creates and updates nothing.
         *
         *     `dryRun=true` (the default) writes nothing and answers 200 with what would change and every row error. `dryRun=false` writes every change in one transaction, each with its audit event, and only when there is no row error: otherwise 422, nothing written, the errors as `errors` with paths `/<sheet>/<row>/<column>`. A file that cannot be read as the layout (not a workbook, not UTF-8 CSV, a sheet missing, an unknown or repeated column, an Id or Aktivitets-id that names no item of this agreement) is 400 in either mode, nothing written, with the same paths.
         *
         *     Sheets and columns (Swedish headers): **Aktivitetsplan**, one row per activity: Id; Version; Fokusområde; Aktivitet; Beskrivning; Ansvarig; Partner; Område; Startdatum; Slutdatum; Status; Kommentar; Mått; Enhet; Mål per månad; Mål för vissa månader; Delad; Publicerad; Problem. **Uppföljning**, one row per activity and month (every month that can be recorded for an activity with a measure, and every recorded one): Id; Version; Aktivitets-id; Aktivitet (for reading; an import ignores it); Månad; Mål (for reading; an import ignores it); Utfall; Kommentar; Intern anteckning (readers of internal notes only). **Indikatorer**, one row per value of the indicators of the goals the agreement serves: Indikator-id; Kommunmål; Indikator; Källa; Enhet; Period; Grupp; Värde; Utgångsläge, period; Utgångsläge, värde; Målperiod; Målvärde. Status is one of Planerad, Pågår, Genomförd, Försenad, Inställd (an import also takes the API's words, planned, ongoing, done, delayed, cancelled; any case). Mål för vissa månader holds a measure's month targets as "jul 0, aug 2" (a month by its Swedish name or number with a colon). A measure counting things (unit "antal", "st" …) takes whole numbers only, in its targets and outcomes. Each row of an item carries its id (Id) and version (Version; 0 for a month not recorded) for a re-import.
         */
        post: operations["importAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An item's change history: who changed what, when, before and after
         * @description Read-only: the audit log cannot be changed or deleted through the API.
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/counties/{code}/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A county at a glance: per municipality its active agreement, published promises with progress to date and safety indicators for women and men
         * @description Every municipality whose code begins with the county code, also one with nothing published yet (hasData false). Published items and public fields only. 400 for a code that is not two digits, 404 for a county no municipality belongs to. Cacheable: a strong ETag per content coding, Cache-Control: public, no-cache, 304 to a matching If-None-Match; always current.
         */
        get: operations["getCountyDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/counties/{code}/open-data/promises.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A county's municipalities' published promises with their published activities and progress, as open data (JSON)
         * @description One row per published promise and published activity of it (a promise with no published activity: one row, activity fields null), of every municipality of the county, by municipality code. The union of the municipalities' own open data (…/municipalities/{code}/open-data/promises.*) with the municipality code as the first column; published items and public fields only. Licence: CC0 1.0 Universell (CC0 1.0). Cacheable (ETag, Cache-Control, 304).
         *
         *     JSON: `{ licence, county, items }`.
         */
        get: operations["getCountyOpenDataPromisesJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/counties/{code}/open-data/promises.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A county's municipalities' published promises with their published activities and progress, as open data (CSV)
         * @description One row per published promise and published activity of it (a promise with no published activity: one row, activity fields null), of every municipality of the county, by municipality code. The union of the municipalities' own open data (…/municipalities/{code}/open-data/promises.*) with the municipality code as the first column; published items and public fields only. Licence: CC0 1.0 Universell (CC0 1.0). Cacheable (ETag, Cache-Control, 304).
         *
         *     CSV (RFC 4180) as the municipality's, the licence in the `X-Licence` header.
         */
        get: operations["getCountyOpenDataPromisesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/counties/{code}/open-data/followups.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The recorded months of a county's municipalities' published activities, as open data (JSON)
         * @description One row per published activity and recorded month, by activity and month, of every municipality of the county, by municipality code. The union of the municipalities' own open data (…/municipalities/{code}/open-data/followups.*) with the municipality code as the first column; published items and public fields only. Licence: CC0 1.0 Universell (CC0 1.0). Cacheable (ETag, Cache-Control, 304).
         *
         *     JSON: `{ licence, county, items }`.
         */
        get: operations["getCountyOpenDataFollowupsJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/counties/{code}/open-data/followups.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The recorded months of a county's municipalities' published activities, as open data (CSV)
         * @description One row per published activity and recorded month, by activity and month, of every municipality of the county, by municipality code. The union of the municipalities' own open data (…/municipalities/{code}/open-data/followups.*) with the municipality code as the first column; published items and public fields only. Licence: CC0 1.0 Universell (CC0 1.0). Cacheable (ETag, Cache-Control, 304).
         *
         *     CSV (RFC 4180) as the municipality's, the licence in the `X-Licence` header.
         */
        get: operations["getCountyOpenDataFollowupsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/counties/{code}/open-data/indicators.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The values of a county's municipalities' published goal indicators, as open data (JSON)
         * @description One row per value (period and group) of a published indicator of a published goal, of every municipality of the county, by municipality code. The union of the municipalities' own open data (…/municipalities/{code}/open-data/indicators.*) with the municipality code as the first column; published items and public fields only. Licence: CC0 1.0 Universell (CC0 1.0). Cacheable (ETag, Cache-Control, 304).
         *
         *     JSON: `{ licence, county, items }`.
         */
        get: operations["getCountyOpenDataIndicatorsJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/counties/{code}/open-data/indicators.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The values of a county's municipalities' published goal indicators, as open data (CSV)
         * @description One row per value (period and group) of a published indicator of a published goal, of every municipality of the county, by municipality code. The union of the municipalities' own open data (…/municipalities/{code}/open-data/indicators.*) with the municipality code as the first column; published items and public fields only. Licence: CC0 1.0 Universell (CC0 1.0). Cacheable (ETag, Cache-Control, 304).
         *
         *     CSV (RFC 4180) as the municipality's, the licence in the `X-Licence` header.
         */
        get: operations["getCountyOpenDataIndicatorsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/counties/{code}/open-data/problems.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The published problems of a county's municipalities' adopted, published lägesbilder, with their causes, as open data (JSON)
         * @description One row per published problem and cause of it, by lägesbild and the problem’s order (a problem with no cause: one row, cause fields null), of every municipality of the county, by municipality code. The union of the municipalities' own open data (…/municipalities/{code}/open-data/problems.*) with the municipality code as the first column; published items and public fields only. Licence: CC0 1.0 Universell (CC0 1.0). Cacheable (ETag, Cache-Control, 304).
         *
         *     JSON: `{ licence, county, items }`.
         */
        get: operations["getCountyOpenDataProblemsJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/counties/{code}/open-data/problems.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The published problems of a county's municipalities' adopted, published lägesbilder, with their causes, as open data (CSV)
         * @description One row per published problem and cause of it, by lägesbild and the problem’s order (a problem with no cause: one row, cause fields null), of every municipality of the county, by municipality code. The union of the municipalities' own open data (…/municipalities/{code}/open-data/problems.*) with the municipality code as the first column; published items and public fields only. Licence: CC0 1.0 Universell (CC0 1.0). Cacheable (ETag, Cache-Control, 304).
         *
         *     CSV (RFC 4180) as the municipality's, the licence in the `X-Licence` header.
         */
        get: operations["getCountyOpenDataProblemsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/{id}/kolada-sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fetch the indicator's Kolada KPI for its municipality now and store the values
         * @description Reads every page of `GET {KOLADA_URL}/data/kpi/{kpi}/municipality/{code}`, maps Kolada’s genders T, K and M to all, women and men, and stores the values that are new or different in one transaction, each audited with the actor "Kolada". When Kolada does not answer in time, answers other than 200, or answers something not in its documented form, nothing is stored and the answer says so (outcome failed). 409 when the indicator names no KPI. The same runs daily for every indicator that names one.
         */
        post: operations["syncIndicatorFromKolada"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/promises/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A published promise's public history: verdicts, texts, activities and months, newest first
         * @description Drawn from the audit log: public fields only, the organisation of whoever made a change and never their name; the months of the promise’s published activities within its period. 404 for a promise that is not published. Cacheable: sends ETag and Cache-Control, answers 304 to a matching If-None-Match.
         */
        get: operations["getPromiseHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/municipalities/{code}/feed.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The public history of every published promise of a municipality, as an Atom 1.0 feed
         * @description The newest 100 entries of the promises' histories (as /public/promises/{id}/history), each linking to the promise on the public dashboard; texts in Swedish, or English with lang=en. Cacheable: a strong ETag per content coding, Cache-Control: public, no-cache, 304 to a matching If-None-Match; always current.
         */
        get: operations["getHistoryFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/municipalities/{code}/areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The places the published activities of a municipality name, with how much lies in each
         * @description Places are matched ignoring case and surrounding spaces. Cacheable: a strong ETag per content coding, Cache-Control: public, no-cache, 304 to a matching If-None-Match; always current.
         */
        get: operations["listAreas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/municipalities/{code}/areas/{area}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One place: its published activities with their progress, and the promises holding them
         * @description The place is matched ignoring case and surrounding spaces; 404 when no published item names it. Cacheable: a strong ETag per content coding, Cache-Control: public, no-cache, 304 to a matching If-None-Match; always current.
         */
        get: operations["getArea"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipalities/{id}/area-renames": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rename a place everywhere in the municipality at once
         * @description Every activity naming `from` (ignoring case and surrounding spaces, published or not) gets `to`: one versioned change and one audit event per activity, all in one transaction. 404 when no activity names it.
         */
        post: operations["renameArea"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find published promises, activities and places by words in their titles and texts
         * @description PostgreSQL full-text search with the swedish configuration (stems: "trygghetsvandringar" finds "trygghetsvandring"), over every municipality or one (municipality=code). Any query text answers 200; only a query that is empty, blank or over 200 characters is 400.
         */
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's reporting tasks: months to record that are due or overdue, overdue first */
        get: operations["listMyTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/completeness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How punctually each lead organisation reports, per month
         * @description Per lead organisation and month: the months due (a target above 0, the due date passed), reported on time (the outcome first recorded by the due date: the municipality’s reportingDay of the next month, Swedish time), late, and missing (no outcome yet), and the share on time. Only activities the caller may read count. `from` and `to` are months (at most five years apart); by default the last twelve months that have ended.
         */
        get: operations["getCompletenessReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/completeness.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The completeness report as CSV for Swedish Excel
         * @description Per lead organisation and month: the months due (a target above 0, the due date passed), reported on time (the outcome first recorded by the due date: the municipality’s reportingDay of the next month, Swedish time), late, and missing (no outcome yet), and the share on time. Only activities the caller may read count. `from` and `to` are months (at most five years apart); by default the last twelve months that have ended.
         *
         *     One row per lead organisation and month: Organisation;Månad;Sista rapportdag;Att rapportera;I tid;Sent;Saknas;Andel i tid. UTF-8 with BOM, `;` between cells, `,` as decimal mark, CRLF.
         */
        get: operations["getCompletenessReportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/closed-periods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An agreement's closed (settled) tertials, with who closed each and when */
        get: operations["listClosedPeriods"];
        put?: never;
        /** Close (settle) a tertial that has ended: none of its follow-ups may change until it is reopened */
        post: operations["closePeriod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/closed-periods/{period}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Reopen a closed tertial: its follow-ups may change again */
        delete: operations["reopenPeriod"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether your account has a second factor, must have one, and how many recovery codes are left */
        get: operations["getSecondFactor"];
        put?: never;
        /** Begin enrolling a second factor (TOTP): a new secret and its QR code */
        post: operations["beginSecondFactorEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the enrolment with one code of the app; answers ten single-use recovery codes */
        post: operations["confirmSecondFactorEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your live sessions and API tokens: created, last used, address, agent */
        get: operations["listMySessions"];
        put?: never;
        post?: never;
        /** End every session of yours but this one */
        delete: operations["endMyOtherSessions"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End one of your sessions (this one too: then you are signed out) */
        delete: operations["endMySession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of your API tokens */
        delete: operations["revokeMyToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-in-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How one can sign in here: whether single sign-on is configured */
        get: operations["getSignInOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sign in through the municipality’s identity provider: 302 to its authorization endpoint
         * @description Authorization code flow with PKCE (S256), state and nonce. 404 when single sign-on is not configured.
         */
        get: operations["beginSingleSignOn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The redirect URI: checks state, PKCE and the ID token, then starts a session (303 to the start page)
         * @description A refusal (wrong state, a used or foreign code, an ID token that does not hold, an unknown person) starts no session: 403 sso-refused, or for a browser (Accept: text/html) 303 to the sign-in page, which says why.
         */
        get: operations["completeSingleSignOn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Format: uuid
         * @description A UUID
         */
        Uuid: string;
        /** @description Which rule is broken: stable, for a client to say it in its reader’s language */
        FieldCode: "required" | "blank" | "not-allowed" | "type" | "format" | "too-short" | "too-long" | "too-small" | "too-large" | "too-few" | "too-many" | "duplicate-items" | "one-of" | "invalid" | "unknown-reference" | "target-direction" | "whole-number" | "county-only" | "not-in-future" | "month-not-recordable" | "end-before-start" | "period-outside" | "verdict-too-early" | "period-closed" | "period-not-ended" | "period-outside-agreement" | "period-too-long" | "cursor" | "idempotency-key" | "table-needed" | "table-not-allowed" | "not-a-number" | "not-whole" | "not-a-date" | "not-a-month" | "date-out-of-range" | "not-an-id" | "yes-or-no" | "cell-error" | "formula" | "unknown-name" | "ambiguous-name" | "unknown-column" | "duplicate-column" | "missing-column" | "no-header" | "missing-sheet" | "not-a-workbook" | "not-utf8" | "not-csv" | "duplicate-row" | "other-follow-up" | "needed-for-new" | "month-targets-format" | "month-repeated" | "measure-needed" | "measure-incomplete" | "changed-since-export" | "common-password" | "wrong-code" | "more-errors";
        FieldError: {
            in: "body" | "query" | "params" | "headers";
            /** @description JSON Pointer to the field within its part, "" for the whole part */
            path: string;
            code: components["schemas"]["FieldCode"];
            /** @description The same in English */
            message: string;
            /** @description What the rule names, e.g. {"limit": 300} for too-long */
            params?: {
                [key: string]: string | number;
            };
        };
        /** @description RFC 9457 problem details */
        Problem: {
            /** @description A URI reference naming the kind of problem; each kind has one status */
            type: "/problems/validation" | "/problems/bad-request" | "/problems/unauthenticated" | "/problems/forbidden" | "/problems/cross-site" | "/problems/not-found" | "/problems/method-not-allowed" | "/problems/conflict" | "/problems/period-closed" | "/problems/in-progress" | "/problems/precondition-failed" | "/problems/too-large" | "/problems/uri-too-long" | "/problems/unsupported-media-type" | "/problems/range-not-satisfiable" | "/problems/unprocessable" | "/problems/import-errors" | "/problems/precondition-required" | "/problems/too-many-requests" | "/problems/internal" | "/problems/unavailable" | "/problems/second-factor-needed" | "/problems/enrolment-needed" | "/problems/sso-required" | "/problems/sso-refused" | "/problems/web-not-built";
            title: string;
            status: number;
            detail: string;
            instance?: string;
            errors?: components["schemas"]["FieldError"][];
        };
        Municipality: {
            id: components["schemas"]["Uuid"];
            /**
             * @description SCB kommunkod, four digits (Linköping = 0580)
             * @example 0580
             */
            code: string;
            name: string;
            county: string;
            /**
             * @description Rapportdag: month M's follow-up is due on this day of month M+1 (Swedish time); 1–28, default 10
             * @example 10
             */
            reportingDay: number;
            /** @description Increases by one with every change; the ETag carries it */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateMunicipality: {
            /**
             * @description SCB kommunkod, four digits (Linköping = 0580)
             * @example 0580
             */
            code: string;
            name: string;
            county: string;
            /**
             * @description Rapportdag: month M's follow-up is due on this day of month M+1 (Swedish time); 1–28, default 10
             * @example 10
             */
            reportingDay?: number;
        };
        PatchMunicipality: {
            /**
             * @description SCB kommunkod, four digits (Linköping = 0580)
             * @example 0580
             */
            code?: string;
            name?: string;
            county?: string;
            /**
             * @description Rapportdag: month M's follow-up is due on this day of month M+1 (Swedish time); 1–28, default 10
             * @example 10
             */
            reportingDay?: number;
        };
        /** @description municipality, police, county (länsstyrelse) or other (housing company, association …) */
        OrganisationKind: "municipality" | "police" | "county" | "other";
        Organisation: {
            id: components["schemas"]["Uuid"];
            name: string;
            kind: components["schemas"]["OrganisationKind"];
            municipalityId: components["schemas"]["Uuid"] | null;
            /** @description The county a county organisation (länsstyrelse) serves; null for any other kind */
            countyCode: string | null;
            /** @description Its accounts sign in only through the identity provider (single sign-on); passwords do not work */
            ssoRequired: boolean;
            /** @description Increases by one with every change; the ETag carries it */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateOrganisation: {
            name: string;
            kind: components["schemas"]["OrganisationKind"];
            municipalityId?: components["schemas"]["Uuid"] | null;
            /** @description Required for kind county; only for kind county */
            countyCode?: string | null;
            /** @description Require single sign-on for its accounts (their passwords stop working) */
            ssoRequired?: boolean;
        };
        PatchOrganisation: {
            name?: string;
            kind?: components["schemas"]["OrganisationKind"];
            municipalityId?: components["schemas"]["Uuid"] | null;
            /** @description Required for kind county; only for kind county */
            countyCode?: string | null;
            /** @description Require single sign-on for its accounts (their passwords stop working) */
            ssoRequired?: boolean;
        };
        /** @description admin, editor (säkerhetsenheten), partner (e.g. the Police), viewer */
        Role: "admin" | "editor" | "partner" | "viewer";
        /** @description sv (svenska) or en (English) */
        Language: "sv" | "en";
        User: {
            id: components["schemas"]["Uuid"];
            /** Format: email */
            email: string;
            name: string;
            role: components["schemas"]["Role"];
            organisationId: components["schemas"]["Uuid"];
            /** @description The organisation's municipality */
            municipalityId: components["schemas"]["Uuid"] | null;
            disabled: boolean;
            /** @description E-mail reminders of reporting tasks are on (the person may turn them off) */
            reminders: boolean;
            /** @description The language the person reads, for e-mail; null: not known (Swedish) */
            language: components["schemas"]["Language"] | null;
            /** @description Increases by one with every change; the ETag carries it */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        PatchMe: {
            /** @description false: no e-mail reminders of reporting tasks */
            reminders?: boolean;
            language?: components["schemas"]["Language"];
        };
        CreateUser: {
            /** Format: email */
            email: string;
            name: string;
            /** @description At least 12 characters */
            password: string;
            role: components["schemas"]["Role"];
            organisationId: components["schemas"]["Uuid"];
        };
        PatchUser: {
            /** Format: email */
            email?: string;
            name?: string;
            /** @description At least 12 characters */
            password?: string;
            role?: components["schemas"]["Role"];
            organisationId?: components["schemas"]["Uuid"];
            /** @description A disabled account can neither sign in nor use its tokens */
            disabled?: boolean;
        };
        /** @description An API token, without its secret */
        ApiToken: {
            id: components["schemas"]["Uuid"];
            userId: components["schemas"]["Uuid"];
            label: string | null;
            expiresAt: string | null;
            /** Format: date-time */
            createdAt: string;
            lastUsedAt: string | null;
        };
        IssuedToken: {
            id: components["schemas"]["Uuid"];
            /** @description The secret, shown this once: send it as Authorization: Bearer <token> */
            token: string;
            label: string | null;
            expiresAt: string | null;
        };
        IssueToken: {
            label?: string;
            /**
             * Format: date-time
             * @description When the token stops working; none: never
             */
            expiresAt?: string;
        };
        LoginBody: {
            email: string;
            password: string;
            /** @description The 6 digits of the authenticator app, or one of the recovery codes */
            oneTimeCode?: string;
        };
        /** @description A year (2021) or a month (2021-05) */
        Period: string;
        /** @description all, women or men: safety indicators carry the gender split where the source has it */
        ValueGroup: "all" | "women" | "men";
        /** @description The Kolada KPI (kolada.se, CC BY 4.0, "Källa: Kolada") whose yearly values, total, women and men, a daily job and POST …/kolada-sync copy into the indicator */
        KoladaSource: {
            /**
             * @description A Kolada KPI id, e.g. N07403 (Anmälda våldsbrott, antal/100 000 inv)
             * @example N07403
             */
            kpi: string;
        };
        Goal: {
            id: components["schemas"]["Uuid"];
            municipalityId: components["schemas"]["Uuid"];
            title: string;
            description: string;
            published: boolean;
            /** @description Increases by one with every change; the ETag carries it */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateGoal: {
            municipalityId: components["schemas"]["Uuid"];
            title: string;
            description?: string;
            published?: boolean;
        };
        PatchGoal: {
            municipalityId?: components["schemas"]["Uuid"];
            title?: string;
            description?: string;
            published?: boolean;
        };
        Indicator: {
            id: components["schemas"]["Uuid"];
            goalId: components["schemas"]["Uuid"];
            title: string;
            /** @description Medborgarenkäten, NTU, Polisens trygghetsmätning, anmälda brott … */
            source: string;
            unit: string;
            /** @description Which way is better */
            direction: "increase" | "decrease";
            baseline: {
                period: components["schemas"]["Period"];
                value: number;
            } | null;
            target: {
                period: components["schemas"]["Period"];
                value: number;
            } | null;
            kolada: components["schemas"]["KoladaSource"] | null;
            published: boolean;
            /** @description Increases by one with every change; the ETag carries it */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateIndicator: {
            title: string;
            source: string;
            unit: string;
            /** @description Which way is better */
            direction: "increase" | "decrease";
            baseline?: {
                period: components["schemas"]["Period"];
                value: number;
            } | null;
            target?: {
                period: components["schemas"]["Period"];
                value: number;
            } | null;
            kolada?: components["schemas"]["KoladaSource"] | null;
            published?: boolean;
        };
        PatchIndicator: {
            title?: string;
            source?: string;
            unit?: string;
            /** @description Which way is better */
            direction?: "increase" | "decrease";
            baseline?: {
                period: components["schemas"]["Period"];
                value: number;
            } | null;
            target?: {
                period: components["schemas"]["Period"];
                value: number;
            } | null;
            kolada?: components["schemas"]["KoladaSource"] | null;
            published?: boolean;
        };
        IndicatorValue: {
            indicatorId: components["schemas"]["Uuid"];
            period: components["schemas"]["Period"];
            group: components["schemas"]["ValueGroup"];
            value: number;
            /** Format: date-time */
            updatedAt: string;
        };
        PutIndicatorValue: {
            period: components["schemas"]["Period"];
            group: components["schemas"]["ValueGroup"];
            value: number;
        };
        /**
         * Format: date
         * @description YYYY-MM-DD, year 1000–9999
         */
        Date: string;
        AgreementStatus: "draft" | "active" | "ended";
        Agreement: {
            id: components["schemas"]["Uuid"];
            municipalityId: components["schemas"]["Uuid"];
            title: string;
            periodStart: components["schemas"]["Date"];
            periodEnd: components["schemas"]["Date"];
            status: components["schemas"]["AgreementStatus"];
            /** @description Summary of the lägesbild */
            summary: string;
            /** @description The organisations party to the agreement */
            partyIds: components["schemas"]["Uuid"][];
            /** @description The municipal goals the agreement serves */
            goalIds: components["schemas"]["Uuid"][];
            /** @description The lägesbild (situation report) the plan answers: its activities act on its problems */
            situationReportId: components["schemas"]["Uuid"] | null;
            published: boolean;
            /** @description Increases by one with every change; the ETag carries it */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description periodEnd is on or after periodStart and less than 10 years after it (else 400). */
        CreateAgreement: {
            municipalityId: components["schemas"]["Uuid"];
            title: string;
            periodStart: components["schemas"]["Date"];
            periodEnd: components["schemas"]["Date"];
            status?: components["schemas"]["AgreementStatus"];
            summary?: string;
            /** @description Organisation ids */
            partyIds?: components["schemas"]["Uuid"][];
            /** @description Goal ids of the same municipality */
            goalIds?: components["schemas"]["Uuid"][];
            /** @description A lägesbild of the same municipality (else 400); changing it while activities act on problems of the one answered now is 409 */
            situationReportId?: components["schemas"]["Uuid"] | null;
            published?: boolean;
        };
        PatchAgreement: {
            municipalityId?: components["schemas"]["Uuid"];
            title?: string;
            periodStart?: components["schemas"]["Date"];
            periodEnd?: components["schemas"]["Date"];
            status?: components["schemas"]["AgreementStatus"];
            summary?: string;
            /** @description Organisation ids */
            partyIds?: components["schemas"]["Uuid"][];
            /** @description Goal ids of the same municipality */
            goalIds?: components["schemas"]["Uuid"][];
            /** @description A lägesbild of the same municipality (else 400); changing it while activities act on problems of the one answered now is 409 */
            situationReportId?: components["schemas"]["Uuid"] | null;
            published?: boolean;
        };
        FocusArea: {
            id: components["schemas"]["Uuid"];
            agreementId: components["schemas"]["Uuid"];
            title: string;
            description: string;
            position: number;
            /** @description Increases by one with every change; the ETag carries it */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateFocusArea: {
            title: string;
            description?: string;
            /** @description Order in the plan; default: last */
            position?: number;
        };
        PatchFocusArea: {
            title?: string;
            description?: string;
            /** @description Order in the plan; default: last */
            position?: number;
        };
        ActivityStatus: "planned" | "ongoing" | "done" | "delayed" | "cancelled";
        Measure: {
            /** @description What is counted, e.g. "trygghetsvandringar" */
            label: string;
            /** @description e.g. "antal". A count ("antal", "st", "st.", "styck", "stycken"; any case) takes whole numbers only, in targets and outcomes; other units ("timmar", "%", "kr") take decimals */
            unit: string;
            /** @description Target per month; a change holds from the current month on */
            monthlyTarget: number;
            /** @description Targets of single calendar months that replace monthlyTarget in that month every year, e.g. {"07": 0} for a summer break (a month with target 0 is no miss); changes hold as monthlyTarget’s do */
            monthTargets?: {
                /** @description The target of this calendar month */
                10?: number;
                /** @description The target of this calendar month */
                11?: number;
                /** @description The target of this calendar month */
                12?: number;
                /** @description The target of this calendar month */
                "01"?: number;
                /** @description The target of this calendar month */
                "02"?: number;
                /** @description The target of this calendar month */
                "03"?: number;
                /** @description The target of this calendar month */
                "04"?: number;
                /** @description The target of this calendar month */
                "05"?: number;
                /** @description The target of this calendar month */
                "06"?: number;
                /** @description The target of this calendar month */
                "07"?: number;
                /** @description The target of this calendar month */
                "08"?: number;
                /** @description The target of this calendar month */
                "09"?: number;
            };
        };
        Activity: {
            id: components["schemas"]["Uuid"];
            agreementId: components["schemas"]["Uuid"];
            focusAreaId: components["schemas"]["Uuid"];
            title: string;
            description: string;
            leadOrganisationId: components["schemas"]["Uuid"];
            partnerOrganisationIds: components["schemas"]["Uuid"][];
            area: string | null;
            startDate: components["schemas"]["Date"] | null;
            endDate: components["schemas"]["Date"] | null;
            status: components["schemas"]["ActivityStatus"];
            /** @description Public comment on the status */
            comment: string;
            /** @description Partners (lead or partner organisations) may update it */
            shared: boolean;
            published: boolean;
            measure: components["schemas"]["Measure"] | null;
            /** @description The problems the activity acts on: problems of the lägesbild its agreement answers (situationReportId), else 400. Readers outside the agreement see only the ties to problems the public reads */
            problemIds: components["schemas"]["Uuid"][];
            /** @description The causes (orsaksanalys) it acts on: causes of the problems in problemIds, else 400 */
            causeIds: components["schemas"]["Uuid"][];
            /** @description Increases by one with every change; the ETag carries it */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateActivity: {
            agreementId: components["schemas"]["Uuid"];
            focusAreaId: components["schemas"]["Uuid"];
            leadOrganisationId: components["schemas"]["Uuid"];
            title: string;
            description?: string;
            partnerOrganisationIds?: components["schemas"]["Uuid"][];
            area?: string | null;
            startDate?: components["schemas"]["Date"] | null;
            endDate?: components["schemas"]["Date"] | null;
            status?: components["schemas"]["ActivityStatus"];
            comment?: string;
            shared?: boolean;
            published?: boolean;
            measure?: components["schemas"]["Measure"] | null;
            /** @description The problems the activity acts on: problems of the lägesbild its agreement answers (situationReportId), else 400. Readers outside the agreement see only the ties to problems the public reads */
            problemIds?: components["schemas"]["Uuid"][];
            /** @description The causes (orsaksanalys) it acts on: causes of the problems in problemIds, else 400 */
            causeIds?: components["schemas"]["Uuid"][];
        };
        /** @description Partners may send only status and comment */
        PatchActivity: {
            agreementId?: components["schemas"]["Uuid"];
            focusAreaId?: components["schemas"]["Uuid"];
            leadOrganisationId?: components["schemas"]["Uuid"];
            title?: string;
            description?: string;
            partnerOrganisationIds?: components["schemas"]["Uuid"][];
            area?: string | null;
            startDate?: components["schemas"]["Date"] | null;
            endDate?: components["schemas"]["Date"] | null;
            status?: components["schemas"]["ActivityStatus"];
            comment?: string;
            shared?: boolean;
            published?: boolean;
            measure?: components["schemas"]["Measure"] | null;
            /** @description The problems the activity acts on: problems of the lägesbild its agreement answers (situationReportId), else 400. Readers outside the agreement see only the ties to problems the public reads */
            problemIds?: components["schemas"]["Uuid"][];
            /** @description The causes (orsaksanalys) it acts on: causes of the problems in problemIds, else 400 */
            causeIds?: components["schemas"]["Uuid"][];
        };
        /** @description YYYY-MM, year 1000–9999 */
        Month: string;
        FollowUp: {
            id: components["schemas"]["Uuid"];
            activityId: components["schemas"]["Uuid"];
            month: components["schemas"]["Month"];
            /** @description null: not reported */
            outcome: number | null;
            /** @description The activity's monthly target as it held in this month */
            target: number | null;
            /** @description Public comment */
            comment: string;
            /** @description Only for readers of the agreement; never public */
            internalNote?: string;
            /** @description Who recorded it; not shown to the public */
            recordedBy?: components["schemas"]["Uuid"] | null;
            /** Format: date-time */
            recordedAt: string;
            /** @description Increases by one with every change; the ETag carries it */
            version: number;
        };
        PutFollowUp: {
            /** @description The month's outcome (≥ 0), or null for "not reported" */
            outcome: number | null;
            comment?: string;
            internalNote?: string;
        };
        /** @description A month with its progress, and what the editor of a recorded month starts from */
        FollowUpGridMonth: {
            month: components["schemas"]["Month"];
            target: number | null;
            outcome: number | null;
            /** @description noTarget: ended, target 0 and no outcome, which is no miss */
            state: "reported" | "missing" | "noTarget" | "upcoming";
            /** @description The caller may record (or correct) this month now */
            recordable: boolean;
            /** @description Only for a recorded month (its outcome may still be null): the version to correct it on */
            version?: number;
            /** @description Only for a recorded month: its public comment */
            comment?: string;
            /** @description Only for a recorded month, and only for readers of the agreement */
            internalNote?: string;
        };
        /** @description What the grid shows of an activity; the whole of it is at GET /activities/{id} */
        FollowUpGridActivity: {
            id: components["schemas"]["Uuid"];
            title: string;
            focusAreaId: components["schemas"]["Uuid"];
            leadOrganisationId: components["schemas"]["Uuid"];
            measure: components["schemas"]["Measure"];
        };
        FollowUpGridRow: {
            activity: components["schemas"]["FollowUpGridActivity"];
            /** @description The caller may record months of this activity */
            mayRecord: boolean;
            /** @description The measure's unit counts: outcomes are whole numbers */
            wholeNumbers: boolean;
            /** @description The months of the year within the agreement's period and the activity's own start–end */
            months: components["schemas"]["FollowUpGridMonth"][];
        };
        /** @description currentMonth: the month being recorded now (Swedish time); the months before it have ended */
        FollowUpGrid: {
            agreementId: components["schemas"]["Uuid"];
            /** @description The year whose months are given */
            year: number;
            currentMonth: components["schemas"]["Month"];
            /** @description The municipality's report day: month M is due on this day of month M+1 (Swedish time) */
            reportingDay: number;
            /** @description The closed (settled) tertials of the agreement: their months cannot be recorded */
            closedPeriods: string[];
            /** @description By title */
            activities: components["schemas"]["FollowUpGridRow"][];
        };
        /** @description An editor's verdict: notStarted, onTrack, atRisk, delayed while the period runs; kept, partlyKept, notKept only once the period has ended */
        PromiseAssessment: "notStarted" | "onTrack" | "atRisk" | "delayed" | "kept" | "partlyKept" | "notKept";
        /** @description A medborgarlöfte */
        CitizenPromise: {
            id: components["schemas"]["Uuid"];
            municipalityId: components["schemas"]["Uuid"];
            agreementId: components["schemas"]["Uuid"] | null;
            title: string;
            periodStart: components["schemas"]["Date"];
            periodEnd: components["schemas"]["Date"];
            /** @description "Vi lovar att …" */
            text: string;
            /** @description In the order shown */
            activityIds: components["schemas"]["Uuid"][];
            published: boolean;
            /** @description null: not assessed yet */
            assessment: components["schemas"]["PromiseAssessment"] | null;
            /** @description Why: the motivation of the verdict, a sentence or two */
            assessmentNote: string;
            /** @description When the verdict or its motivation last changed (set by the server) */
            assessedAt: string | null;
            /** @description Increases by one with every change; the ETag carries it */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description periodEnd is on or after periodStart and less than 10 years after it (else 400). A verdict of kept, partlyKept or notKept needs a period that has ended. */
        CreatePromise: {
            municipalityId: components["schemas"]["Uuid"];
            agreementId?: components["schemas"]["Uuid"] | null;
            title: string;
            periodStart: components["schemas"]["Date"];
            periodEnd: components["schemas"]["Date"];
            text: string;
            /** @description In the order shown */
            activityIds: components["schemas"]["Uuid"][];
            published?: boolean;
            assessment?: components["schemas"]["PromiseAssessment"] | null;
            /** @description Why: the motivation of the verdict, a sentence or two */
            assessmentNote?: string;
        };
        PatchPromise: {
            municipalityId?: components["schemas"]["Uuid"];
            agreementId?: components["schemas"]["Uuid"] | null;
            title?: string;
            periodStart?: components["schemas"]["Date"];
            periodEnd?: components["schemas"]["Date"];
            text?: string;
            /** @description In the order shown */
            activityIds?: components["schemas"]["Uuid"][];
            published?: boolean;
            assessment?: components["schemas"]["PromiseAssessment"] | null;
            /** @description Why: the motivation of the verdict, a sentence or two */
            assessmentNote?: string;
        };
        ActivityProgress: {
            activityId: components["schemas"]["Uuid"];
            title: string;
            measure: components["schemas"]["Measure"] | null;
            months: {
                month: components["schemas"]["Month"];
                target: number | null;
                outcome: number | null;
                /** @description noTarget: ended, target 0 and no outcome, which is no miss */
                state: "reported" | "missing" | "noTarget" | "upcoming";
            }[];
            targetToDate: number;
            outcomeToDate: number;
            /** @description outcomeToDate ÷ targetToDate; null when the target is 0 */
            progress: number | null;
            missingMonths: components["schemas"]["Month"][];
            /** @description The traffic light of the progress of these months (the whole: countedMonths): onTrack from 0.9, atRisk from 0.7 (a delayed activity from 0.9 too), behind under it; null with no target so far, or for a done or cancelled activity */
            light: "onTrack" | "atRisk" | "behind" | null;
            /** @description The months progress and light count: in scope and ended; null when none has ended */
            countedMonths: {
                first: components["schemas"]["Month"];
                last: components["schemas"]["Month"];
            } | null;
            /** @description The measure's unit counts: targets and outcomes are whole numbers */
            wholeNumbers: boolean;
            tertials: {
                /** @description YYYY-T1 (jan–apr), -T2 (maj–aug), -T3 (sep–dec) */
                tertial: string;
                targetToDate: number;
                outcomeToDate: number;
                /** @description outcomeToDate ÷ targetToDate; null when the target is 0 */
                progress: number | null;
                missingMonths: components["schemas"]["Month"][];
                /** @description The traffic light of the progress of these months (the whole: countedMonths): onTrack from 0.9, atRisk from 0.7 (a delayed activity from 0.9 too), behind under it; null with no target so far, or for a done or cancelled activity */
                light: "onTrack" | "atRisk" | "behind" | null;
            }[];
            years: {
                year: string;
                targetToDate: number;
                outcomeToDate: number;
                /** @description outcomeToDate ÷ targetToDate; null when the target is 0 */
                progress: number | null;
                missingMonths: components["schemas"]["Month"][];
                /** @description The traffic light of the progress of these months (the whole: countedMonths): onTrack from 0.9, atRisk from 0.7 (a delayed activity from 0.9 too), behind under it; null with no target so far, or for a done or cancelled activity */
                light: "onTrack" | "atRisk" | "behind" | null;
            }[];
        };
        /** @description The shares of the target ActivityProgress.light starts from */
        LightThresholds: {
            onTrack: number;
            atRisk: number;
        };
        PromiseProgress: {
            promiseId: components["schemas"]["Uuid"];
            activities: components["schemas"]["ActivityProgress"][];
            lightThresholds: components["schemas"]["LightThresholds"];
        };
        /** @description draft, or adopted (antagen) by a body such as Kommunstyrelsen; a draft is never public */
        SituationReportStatus: "draft" | "adopted";
        ProblemCategory: "violence" | "drugs" | "property" | "disorder" | "youth" | "organisedCrime" | "welfareCrime" | "fraud" | "traffic" | "insecurity" | "other";
        /** @description A lägesbild (Lag 2023:196 4 §): the period it describes, usually a year. The public reads a lägesbild that is published and adopted (never a draft), and of it the published problems, never an internal note. Insiders (the municipality’s readers, the parties to the agreements answering it, admins) read everything. */
        SituationReport: {
            id: components["schemas"]["Uuid"];
            municipalityId: components["schemas"]["Uuid"];
            title: string;
            periodStart: components["schemas"]["Date"];
            periodEnd: components["schemas"]["Date"];
            /** @description Kartläggning: crime, its scope and consequences, other facts */
            mapping: string;
            /** @description The analysis of the mapping */
            analysis: string;
            /** @description Where the mapping comes from */
            sources: {
                /** @description e.g. "Medborgarenkäten 2024", "Polisens lägesbild" */
                title: string;
                /**
                 * Format: uri
                 * @description An http(s) address
                 */
                url?: string;
            }[];
            status: components["schemas"]["SituationReportStatus"];
            adoptedAt: components["schemas"]["Date"] | null;
            adoptedBy: string | null;
            /** @description Only for readers of the municipality’s work; never public */
            internalNote?: string;
            published: boolean;
            /** @description Increases by one with every change; the ETag carries it */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description periodEnd is on or after periodStart and less than 10 years after it (else 400). Adopting it keeps its problems. */
        CreateSituationReport: {
            municipalityId: components["schemas"]["Uuid"];
            title: string;
            periodStart: components["schemas"]["Date"];
            periodEnd: components["schemas"]["Date"];
            mapping?: string;
            analysis?: string;
            /** @description Where the mapping comes from */
            sources?: {
                /** @description e.g. "Medborgarenkäten 2024", "Polisens lägesbild" */
                title: string;
                /**
                 * Format: uri
                 * @description An http(s) address
                 */
                url?: string;
            }[];
            status?: components["schemas"]["SituationReportStatus"];
            /** @description Adopted without one: the day it is adopted */
            adoptedAt?: components["schemas"]["Date"] | null;
            adoptedBy?: string | null;
            /** @description Only for readers of the municipality’s work; never public */
            internalNote?: string;
            published?: boolean;
        };
        PatchSituationReport: {
            municipalityId?: components["schemas"]["Uuid"];
            title?: string;
            periodStart?: components["schemas"]["Date"];
            periodEnd?: components["schemas"]["Date"];
            mapping?: string;
            analysis?: string;
            /** @description Where the mapping comes from */
            sources?: {
                /** @description e.g. "Medborgarenkäten 2024", "Polisens lägesbild" */
                title: string;
                /**
                 * Format: uri
                 * @description An http(s) address
                 */
                url?: string;
            }[];
            status?: components["schemas"]["SituationReportStatus"];
            /** @description Adopted without one: the day it is adopted */
            adoptedAt?: components["schemas"]["Date"] | null;
            adoptedBy?: string | null;
            /** @description Only for readers of the municipality’s work; never public */
            internalNote?: string;
            published?: boolean;
        };
        /** @description One cause of a problem (orsaksanalys) */
        Cause: {
            id: components["schemas"]["Uuid"];
            title: string;
            description: string;
        };
        /** @description A problem a lägesbild found, with its causes. The public reads a lägesbild that is published and adopted (never a draft), and of it the published problems, never an internal note. Insiders (the municipality’s readers, the parties to the agreements answering it, admins) read everything. */
        SituationProblem: {
            id: components["schemas"]["Uuid"];
            situationReportId: components["schemas"]["Uuid"];
            title: string;
            description: string;
            category: components["schemas"]["ProblemCategory"];
            /** @description Places, as activities name theirs: ["Skäggetorp"] */
            areas: string[];
            causes: components["schemas"]["Cause"][];
            position: number;
            /** @description Only for readers of the municipality’s work; never public */
            internalNote?: string;
            published: boolean;
            /** @description Increases by one with every change; the ETag carries it */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateProblem: {
            title: string;
            description?: string;
            category: components["schemas"]["ProblemCategory"];
            /** @description Places, as activities name theirs: ["Skäggetorp"] */
            areas?: string[];
            /** @description The causes, in order: replaces the list. A cause left out goes, unless an activity acts on it (409); an id that is not one of this problem’s causes is 400 */
            causes?: {
                id?: components["schemas"]["Uuid"];
                title: string;
                description?: string;
            }[];
            /** @description Order in the lägesbild; default: last */
            position?: number;
            /** @description Only for readers of the municipality’s work; never public */
            internalNote?: string;
            published?: boolean;
        };
        PatchProblem: {
            title?: string;
            description?: string;
            category?: components["schemas"]["ProblemCategory"];
            /** @description Places, as activities name theirs: ["Skäggetorp"] */
            areas?: string[];
            /** @description The causes, in order: replaces the list. A cause left out goes, unless an activity acts on it (409); an id that is not one of this problem’s causes is 400 */
            causes?: {
                id?: components["schemas"]["Uuid"];
                title: string;
                description?: string;
            }[];
            /** @description Order in the lägesbild; default: last */
            position?: number;
            /** @description Only for readers of the municipality’s work; never public */
            internalNote?: string;
            published?: boolean;
        };
        /** @description An activity with its progress to date over its agreement’s period (the one definition of progress) */
        TracedActivity: {
            activityId: components["schemas"]["Uuid"];
            agreementId: components["schemas"]["Uuid"];
            title: string;
            status: components["schemas"]["ActivityStatus"];
            area: string | null;
            published: boolean;
            measure: components["schemas"]["Measure"] | null;
            targetToDate: number;
            outcomeToDate: number;
            /** @description outcomeToDate ÷ targetToDate; null when the target is 0 */
            progress: number | null;
            /** @description The traffic light of the progress of these months (the whole: countedMonths): onTrack from 0.9, atRisk from 0.7 (a delayed activity from 0.9 too), behind under it; null with no target so far, or for a done or cancelled activity */
            light: "onTrack" | "atRisk" | "behind" | null;
            /** @description The months counted: within its agreement’s period and its own start–end, ended */
            countedMonths: {
                first: components["schemas"]["Month"];
                last: components["schemas"]["Month"];
            } | null;
            missingMonths: components["schemas"]["Month"][];
        };
        /** @description Per problem and cause the activities acting on it with their progress to date; the problems no activity acts on; the activities acting on no problem. Each reader sees what they may read: the public the published problems and activities. */
        Traceability: {
            situationReportId: components["schemas"]["Uuid"];
            /** @description The agreements whose plans answer this lägesbild (situationReportId), as the reader sees them */
            agreements: {
                id: components["schemas"]["Uuid"];
                title: string;
            }[];
            /** @description In the lägesbild’s order */
            problems: {
                problem: {
                    id: components["schemas"]["Uuid"];
                    title: string;
                    category: components["schemas"]["ProblemCategory"];
                    areas: string[];
                    published: boolean;
                };
                /** @description The activities acting on the problem */
                activities: components["schemas"]["TracedActivity"][];
                causes: {
                    cause: components["schemas"]["Cause"];
                    /** @description The activities acting on this cause */
                    activities: components["schemas"]["TracedActivity"][];
                }[];
            }[];
            /** @description The problems no activity the reader sees acts on (a gap Brå names) */
            problemsWithoutActivity: components["schemas"]["Uuid"][];
            /** @description The causes no activity the reader sees acts on */
            causesWithoutActivity: components["schemas"]["Uuid"][];
            /** @description The activities of the answering agreements that act on no problem (the other gap), but for those that had ended by the end of the period the lägesbild describes */
            activitiesWithoutProblem: components["schemas"]["TracedActivity"][];
        };
        /** @description A tertial, 2026-T1 (jan–apr), 2026-T2 (maj–aug), 2026-T3 (sep–dec), or a year, 2026 */
        ReviewPeriod: string;
        /** @description draft, or final (fastställd); a draft is never public */
        ReviewStatus: "draft" | "final";
        /** @description The analysis of a tertial or a year of an agreement. Read as the agreement is: insiders read drafts; the public reads a final, published analysis of a published agreement. */
        Review: {
            id: components["schemas"]["Uuid"];
            agreementId: components["schemas"]["Uuid"];
            period: components["schemas"]["ReviewPeriod"];
            /** @description What was done, what worked, what did not */
            text: string;
            /** @description The priorities for the next period */
            priorities: string;
            status: components["schemas"]["ReviewStatus"];
            published: boolean;
            /** @description Increases by one with every change; the ETag carries it */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description priorities, status and published, when left out, keep what was saved (a new analysis: "", draft, not published). The period overlaps the agreement’s period (else 400). */
        PutReview: {
            text: string;
            priorities?: string;
            status?: components["schemas"]["ReviewStatus"];
            published?: boolean;
        };
        DashboardIndicator: {
            indicator: components["schemas"]["Indicator"];
            values: components["schemas"]["IndicatorValue"][];
            /** @description (latest − baseline) ÷ (target − baseline), clamped to 0…1, per group */
            progress: {
                all: number | null;
                women: number | null;
                men: number | null;
            };
        };
        DashboardGoal: {
            goal: components["schemas"]["Goal"];
            indicators: components["schemas"]["DashboardIndicator"][];
        };
        DashboardActivity: {
            activity: components["schemas"]["Activity"];
            progress: components["schemas"]["ActivityProgress"];
        };
        DashboardPromise: {
            promise: components["schemas"]["CitizenPromise"];
            activities: components["schemas"]["DashboardActivity"][];
        };
        /** @description Everything the public dashboard shows, published items only */
        Dashboard: {
            municipality: components["schemas"]["Municipality"];
            goals: components["schemas"]["DashboardGoal"][];
            promises: components["schemas"]["DashboardPromise"][];
            /** @description The organisations the activities name */
            organisations: {
                id: components["schemas"]["Uuid"];
                name: string;
                kind: components["schemas"]["OrganisationKind"];
            }[];
            /** @description The final, published tertial and year analyses of its published agreements, newest first */
            reviews: {
                agreementTitle: string;
                review: components["schemas"]["Review"];
            }[];
            /** @description When anything shown here last changed */
            lastChangedAt: string | null;
            /** @description The places its published activities name (as /public/municipalities/{code}/areas) */
            areas: components["schemas"]["AreaSummary"][];
            lightThresholds: components["schemas"]["LightThresholds"];
            /** @description Rapporteringsgrad: the share of due months of the published activities reported on time over the last twelve months that have ended (a month is due on the reportingDay of the next month) */
            reporting: {
                from: components["schemas"]["Month"];
                to: components["schemas"]["Month"];
                counts: components["schemas"]["ReportingCounts"];
            };
            /** @description The licence of the open data (…/open-data/*.csv, *.json), as configured (OPEN_DATA_LICENCE) */
            openDataLicence: string;
        };
        /** @description Who has not reported: per lead organisation, the activities of published promises that have a target for the month and no outcome */
        MissingReport: {
            month: components["schemas"]["Month"];
            municipalityId: components["schemas"]["Uuid"];
            /** @description Lead organisations by name, each with its activities by title */
            organisations: {
                organisation: {
                    id: components["schemas"]["Uuid"];
                    name: string;
                };
                activities: {
                    id: components["schemas"]["Uuid"];
                    title: string;
                    /** @description The month's target, as it held in that month (> 0) */
                    target: number;
                    /** @description The published promises, covering the month, that hold the activity */
                    promises: {
                        id: components["schemas"]["Uuid"];
                        title: string;
                    }[];
                }[];
            }[];
        };
        OpenDataPromises: {
            /** @description The licence of the data (OPEN_DATA_LICENCE) */
            licence: string;
            municipality: {
                id: components["schemas"]["Uuid"];
                /**
                 * @description SCB kommunkod, four digits (Linköping = 0580)
                 * @example 0580
                 */
                code: string;
                name: string;
                county: string;
            };
            /** @description One row per published promise and published activity of it (a promise with no published activity: one row, activity fields null) */
            items: {
                promise_id: components["schemas"]["Uuid"];
                /** @description Its title */
                promise_title: string;
                /**
                 * Format: date
                 * @description First day of the promise, YYYY-MM-DD
                 */
                promise_period_start: string;
                /**
                 * Format: date
                 * @description Last day of the promise, YYYY-MM-DD
                 */
                promise_period_end: string;
                /** @description What is promised ("Vi lovar att …") */
                promise_text: string;
                /** @description An activity of the promise; null (with every activity field) for a promise with none */
                activity_id: components["schemas"]["Uuid"] | null;
                /** @description The activity */
                activity_title: string | null;
                /** @description The organisation that leads it */
                lead_organisation: string | null;
                /** @description The organisations taking part, separated by "; " (empty: none) */
                partner_organisations: string | null;
                /** @description Geographic area (stadsdel), where it has one */
                area: string | null;
                /** @description planned, ongoing, done, delayed or cancelled */
                status: string | null;
                /** @description When the activity starts, YYYY-MM-DD */
                start_date: string | null;
                /** @description When the activity ends, YYYY-MM-DD */
                end_date: string | null;
                /** @description What is counted each month, e.g. "trygghetsvandringar" */
                measure_label: string | null;
                /** @description Its unit, e.g. "antal" */
                measure_unit: string | null;
                /** @description The current target per month */
                monthly_target: number | null;
                /** @description Sum of the monthly targets of the months of the promise that have ended */
                target_to_date: number | null;
                /** @description Sum of the outcomes of those months (a month not reported counts 0) */
                outcome_to_date: number | null;
                /** @description outcome_to_date ÷ target_to_date; null when the target to date is 0 */
                progress: number | null;
                /** @description How many ended months are not reported */
                missing_months: number | null;
            }[];
        };
        OpenDataFollowups: {
            /** @description The licence of the data (OPEN_DATA_LICENCE) */
            licence: string;
            municipality: {
                id: components["schemas"]["Uuid"];
                /**
                 * @description SCB kommunkod, four digits (Linköping = 0580)
                 * @example 0580
                 */
                code: string;
                name: string;
                county: string;
            };
            /** @description One row per published activity and recorded month, by activity and month */
            items: {
                activity_id: components["schemas"]["Uuid"];
                /** @description Its title */
                activity_title: string;
                agreement_id: components["schemas"]["Uuid"];
                /** @description The organisation that leads it */
                lead_organisation: string;
                /** @description What is counted */
                measure_label: string | null;
                /** @description Its unit */
                measure_unit: string | null;
                /** @description The month followed up, YYYY-MM */
                month: string;
                /** @description The activity's monthly target as it held in that month */
                target: number | null;
                /** @description The outcome of the month; null: recorded as not reported */
                outcome: number | null;
                /** @description The public comment (empty: none) */
                comment: string;
                /** @description When it was recorded, ISO 8601 (UTC) */
                recorded_at: string;
            }[];
        };
        OpenDataIndicators: {
            /** @description The licence of the data (OPEN_DATA_LICENCE) */
            licence: string;
            municipality: {
                id: components["schemas"]["Uuid"];
                /**
                 * @description SCB kommunkod, four digits (Linköping = 0580)
                 * @example 0580
                 */
                code: string;
                name: string;
                county: string;
            };
            /** @description One row per value (period and group) of a published indicator of a published goal */
            items: {
                goal_id: components["schemas"]["Uuid"];
                /** @description Its title, e.g. "Ett attraktivt och tryggt Linköping" */
                goal_title: string;
                indicator_id: components["schemas"]["Uuid"];
                /** @description Its title */
                indicator_title: string;
                /** @description Where the values come from: Medborgarenkäten, NTU, Polisens trygghetsmätning … */
                source: string;
                /** @description The unit, e.g. "procent" */
                unit: string;
                /** @description increase or decrease: which way is better */
                direction: string;
                /** @description A year (2021) or a month (2021-05) */
                period: string;
                /** @description all, women or men */
                group: string;
                /** @description The value for the period and group */
                value: number;
                /** @description The period of the baseline */
                baseline_period: string | null;
                /** @description The baseline */
                baseline_value: number | null;
                /** @description The period of the target */
                target_period: string | null;
                /** @description The target */
                target_value: number | null;
            }[];
        };
        OpenDataProblems: {
            /** @description The licence of the data (OPEN_DATA_LICENCE) */
            licence: string;
            municipality: {
                id: components["schemas"]["Uuid"];
                /**
                 * @description SCB kommunkod, four digits (Linköping = 0580)
                 * @example 0580
                 */
                code: string;
                name: string;
                county: string;
            };
            /** @description One row per published problem and cause of it, by lägesbild and the problem’s order (a problem with no cause: one row, cause fields null) */
            items: {
                situation_report_id: components["schemas"]["Uuid"];
                /** @description Its title */
                situation_report_title: string;
                /**
                 * Format: date
                 * @description First day of the period the lägesbild describes, YYYY-MM-DD
                 */
                period_start: string;
                /**
                 * Format: date
                 * @description Last day of that period, YYYY-MM-DD
                 */
                period_end: string;
                /** @description When the lägesbild was adopted, YYYY-MM-DD */
                adopted_at: string | null;
                /** @description Who adopted it, e.g. "Kommunstyrelsen" */
                adopted_by: string | null;
                problem_id: components["schemas"]["Uuid"];
                /** @description Its title */
                problem_title: string;
                /** @description What the problem is (empty: nothing more) */
                problem_description: string;
                /** @description violence, drugs, property, disorder, youth, organisedCrime, welfareCrime, fraud, traffic, insecurity or other */
                category: string;
                /** @description The places it concerns, separated by "; " (empty: none named) */
                areas: string;
                /** @description A cause of the problem (orsaksanalys); null (with every cause field) for a problem with none */
                cause_id: components["schemas"]["Uuid"] | null;
                /** @description The cause */
                cause_title: string | null;
                /** @description What the cause is (empty: nothing more) */
                cause_description: string | null;
                /** @description How many published activities act on the problem (on a cause row: on the cause); 0 is a gap */
                activity_count: number;
            }[];
        };
        ImportChange: {
            /** @description The sheet: Aktivitetsplan or Uppföljning (a CSV file: the table’s sheet) */
            sheet: string;
            /** @description The row number the spreadsheet shows (the header is row 1) */
            row: number;
            action: "create" | "update";
            /** @description The activity or follow-up changed or created (a dry run: null for one it would create) */
            itemId: components["schemas"]["Uuid"] | null;
            /** @description What changes: the activity’s title, or title and month */
            label: string;
            /** @description The columns (headers) whose values change or are set */
            fields: string[];
        };
        ImportError: {
            /** @description The sheet: Aktivitetsplan or Uppföljning (a CSV file: the table’s sheet) */
            sheet: string;
            /** @description The row number the spreadsheet shows (the header is row 1) */
            row: number;
            /** @description The column’s header; null for the whole row */
            column: string | null;
            code: components["schemas"]["FieldCode"];
            /** @description The same in English */
            message: string;
            /** @description What the rule names, e.g. {"limit": 300} for too-long */
            params?: {
                [key: string]: string | number;
            };
        };
        ImportResult: {
            dryRun: boolean;
            /** @description Rows that create an item (a dry run: would create) */
            created: number;
            /** @description Rows that change an item */
            updated: number;
            /** @description Rows that change nothing */
            unchanged: number;
            changes: components["schemas"]["ImportChange"][];
            /** @description Rows that cannot be imported as they are (at most 1000 listed); a real run writes only when empty */
            errors: components["schemas"]["ImportError"][];
        };
        AuditEvent: {
            id: number;
            /** Format: date-time */
            occurredAt: string;
            actorId: components["schemas"]["Uuid"] | null;
            /** @description A system that made the change, e.g. "Kolada" (with actorId the account that asked, if one did) */
            actorName: string | null;
            action: "create" | "update" | "delete" | "sign-in" | "refused";
            entityType: string;
            entityId: components["schemas"]["Uuid"];
            /** @description The item before the change (null for a create) */
            before: unknown;
            /** @description The item after the change (null for a delete) */
            after: unknown;
        };
        CountyPromise: {
            id: components["schemas"]["Uuid"];
            title: string;
            /** Format: date */
            periodStart: string;
            /** Format: date */
            periodEnd: string;
            /** @description Its period holds today */
            current: boolean;
            /** @description Its published activities */
            activities: number;
            targetToDate: number;
            outcomeToDate: number;
            /** @description outcome to date ÷ target to date over the measured activities; null when the target to date is 0 */
            progress: number | null;
            light: "onTrack" | "atRisk" | "behind" | null;
            /** @description Ended months of its activities not reported */
            missingMonths: number;
        };
        CountyIndicator: {
            id: components["schemas"]["Uuid"];
            title: string;
            source: string;
            unit: string;
            direction: "increase" | "decrease";
            kolada: components["schemas"]["KoladaSource"] | null;
            /** @description The latest period with a value */
            period: string | null;
            /** @description Its value in that period for all */
            all: number | null;
            /** @description For women */
            women: number | null;
            /** @description For men */
            men: number | null;
        };
        CountyMunicipality: {
            municipality: {
                id: components["schemas"]["Uuid"];
                code: string;
                name: string;
            };
            /** @description false: nothing published yet (no active agreement, promise or indicator) */
            hasData: boolean;
            /** @description Its active, published agreement (the latest, if several); null when none */
            agreement: {
                id: components["schemas"]["Uuid"];
                title: string;
                /** Format: date */
                periodStart: string;
                /** Format: date */
                periodEnd: string;
            } | null;
            /** @description Its published promises, newest first */
            promises: components["schemas"]["CountyPromise"][];
            /** @description Over the activities of its current promises */
            progressToDate: {
                targetToDate: number;
                outcomeToDate: number;
                /** @description outcome to date ÷ target to date over the measured activities; null when the target to date is 0 */
                progress: number | null;
                light: "onTrack" | "atRisk" | "behind" | null;
            };
            /** @description Its published indicators of published goals */
            indicators: components["schemas"]["CountyIndicator"][];
            reporting: components["schemas"]["ReportingCounts"];
        };
        /** @description The county at a glance, published items and public fields only */
        CountyDashboard: {
            county: {
                code: string;
                name: string;
                /** @description The county-wide programme, e.g. Östergötland tillsammans mot brott; null when none is told */
                programme: {
                    title: string;
                    text: string;
                } | null;
            };
            /** @description Every municipality of the county, by name */
            municipalities: components["schemas"]["CountyMunicipality"][];
            lightThresholds: components["schemas"]["LightThresholds"];
            /** @description The last twelve months that have ended */
            reportingWindow: {
                /** @description YYYY-MM */
                from: string;
                /** @description YYYY-MM */
                to: string;
            };
            lastChangedAt: string | null;
        };
        OpenDataCountyPromises: {
            /** @description The licence of the data (OPEN_DATA_LICENCE) */
            licence: string;
            /** @description One row per published promise and published activity of it (a promise with no published activity: one row, activity fields null), of every municipality of the county, by municipality code */
            items: {
                /** @description The municipality (SCB kommunkod, 0580) */
                municipality_code: string;
                promise_id: components["schemas"]["Uuid"];
                /** @description Its title */
                promise_title: string;
                /**
                 * Format: date
                 * @description First day of the promise, YYYY-MM-DD
                 */
                promise_period_start: string;
                /**
                 * Format: date
                 * @description Last day of the promise, YYYY-MM-DD
                 */
                promise_period_end: string;
                /** @description What is promised ("Vi lovar att …") */
                promise_text: string;
                /** @description An activity of the promise; null (with every activity field) for a promise with none */
                activity_id: components["schemas"]["Uuid"] | null;
                /** @description The activity */
                activity_title: string | null;
                /** @description The organisation that leads it */
                lead_organisation: string | null;
                /** @description The organisations taking part, separated by "; " (empty: none) */
                partner_organisations: string | null;
                /** @description Geographic area (stadsdel), where it has one */
                area: string | null;
                /** @description planned, ongoing, done, delayed or cancelled */
                status: string | null;
                /** @description When the activity starts, YYYY-MM-DD */
                start_date: string | null;
                /** @description When the activity ends, YYYY-MM-DD */
                end_date: string | null;
                /** @description What is counted each month, e.g. "trygghetsvandringar" */
                measure_label: string | null;
                /** @description Its unit, e.g. "antal" */
                measure_unit: string | null;
                /** @description The current target per month */
                monthly_target: number | null;
                /** @description Sum of the monthly targets of the months of the promise that have ended */
                target_to_date: number | null;
                /** @description Sum of the outcomes of those months (a month not reported counts 0) */
                outcome_to_date: number | null;
                /** @description outcome_to_date ÷ target_to_date; null when the target to date is 0 */
                progress: number | null;
                /** @description How many ended months are not reported */
                missing_months: number | null;
            }[];
            county: {
                code: string;
                name: string;
            };
        };
        OpenDataCountyFollowups: {
            /** @description The licence of the data (OPEN_DATA_LICENCE) */
            licence: string;
            /** @description One row per published activity and recorded month, by activity and month, of every municipality of the county, by municipality code */
            items: {
                /** @description The municipality (SCB kommunkod, 0580) */
                municipality_code: string;
                activity_id: components["schemas"]["Uuid"];
                /** @description Its title */
                activity_title: string;
                agreement_id: components["schemas"]["Uuid"];
                /** @description The organisation that leads it */
                lead_organisation: string;
                /** @description What is counted */
                measure_label: string | null;
                /** @description Its unit */
                measure_unit: string | null;
                /** @description The month followed up, YYYY-MM */
                month: string;
                /** @description The activity's monthly target as it held in that month */
                target: number | null;
                /** @description The outcome of the month; null: recorded as not reported */
                outcome: number | null;
                /** @description The public comment (empty: none) */
                comment: string;
                /** @description When it was recorded, ISO 8601 (UTC) */
                recorded_at: string;
            }[];
            county: {
                code: string;
                name: string;
            };
        };
        OpenDataCountyIndicators: {
            /** @description The licence of the data (OPEN_DATA_LICENCE) */
            licence: string;
            /** @description One row per value (period and group) of a published indicator of a published goal, of every municipality of the county, by municipality code */
            items: {
                /** @description The municipality (SCB kommunkod, 0580) */
                municipality_code: string;
                goal_id: components["schemas"]["Uuid"];
                /** @description Its title, e.g. "Ett attraktivt och tryggt Linköping" */
                goal_title: string;
                indicator_id: components["schemas"]["Uuid"];
                /** @description Its title */
                indicator_title: string;
                /** @description Where the values come from: Medborgarenkäten, NTU, Polisens trygghetsmätning … */
                source: string;
                /** @description The unit, e.g. "procent" */
                unit: string;
                /** @description increase or decrease: which way is better */
                direction: string;
                /** @description A year (2021) or a month (2021-05) */
                period: string;
                /** @description all, women or men */
                group: string;
                /** @description The value for the period and group */
                value: number;
                /** @description The period of the baseline */
                baseline_period: string | null;
                /** @description The baseline */
                baseline_value: number | null;
                /** @description The period of the target */
                target_period: string | null;
                /** @description The target */
                target_value: number | null;
            }[];
            county: {
                code: string;
                name: string;
            };
        };
        OpenDataCountyProblems: {
            /** @description The licence of the data (OPEN_DATA_LICENCE) */
            licence: string;
            /** @description One row per published problem and cause of it, by lägesbild and the problem’s order (a problem with no cause: one row, cause fields null), of every municipality of the county, by municipality code */
            items: {
                /** @description The municipality (SCB kommunkod, 0580) */
                municipality_code: string;
                situation_report_id: components["schemas"]["Uuid"];
                /** @description Its title */
                situation_report_title: string;
                /**
                 * Format: date
                 * @description First day of the period the lägesbild describes, YYYY-MM-DD
                 */
                period_start: string;
                /**
                 * Format: date
                 * @description Last day of that period, YYYY-MM-DD
                 */
                period_end: string;
                /** @description When the lägesbild was adopted, YYYY-MM-DD */
                adopted_at: string | null;
                /** @description Who adopted it, e.g. "Kommunstyrelsen" */
                adopted_by: string | null;
                problem_id: components["schemas"]["Uuid"];
                /** @description Its title */
                problem_title: string;
                /** @description What the problem is (empty: nothing more) */
                problem_description: string;
                /** @description violence, drugs, property, disorder, youth, organisedCrime, welfareCrime, fraud, traffic, insecurity or other */
                category: string;
                /** @description The places it concerns, separated by "; " (empty: none named) */
                areas: string;
                /** @description A cause of the problem (orsaksanalys); null (with every cause field) for a problem with none */
                cause_id: components["schemas"]["Uuid"] | null;
                /** @description The cause */
                cause_title: string | null;
                /** @description What the cause is (empty: nothing more) */
                cause_description: string | null;
                /** @description How many published activities act on the problem (on a cause row: on the cause); 0 is a gap */
                activity_count: number;
            }[];
            county: {
                code: string;
                name: string;
            };
        };
        /** @description One sync of an indicator's values from Kolada (Källa: Kolada, CC BY 4.0) */
        KoladaSync: {
            indicatorId: components["schemas"]["Uuid"];
            /** @description The Kolada KPI fetched, e.g. N07403 */
            kpi: string;
            /** @description The municipality it was fetched for */
            municipalityCode: string;
            /** @description updated: values were stored (all in one change, audited as "Kolada"); unchanged: Kolada said what is stored; failed: Kolada did not answer or answered in a form not read, and nothing was stored */
            outcome: "updated" | "unchanged" | "failed";
            /** @description Values Kolada gave (year and group) */
            received: number;
            /** @description Values stored that were new or different */
            changed: number;
            /** @description Why it failed, when it did */
            failure: string | null;
            /** Format: date-time */
            syncedAt: string;
        };
        HistoryEntry: {
            /** @description Stable: the audit event and the entry within it ("4711.0") */
            id: string;
            /** Format: date-time */
            at: string;
            /** @description created: the promise was added; assessed: its verdict or motivation changed; changed: a text or its period changed (field, before, after); activityAdded / activityRemoved: a published activity joined or left it; monthRecorded / monthCorrected: a month of one of its activities was recorded, or corrected (outcomeBefore, outcomeAfter) */
            kind: "created" | "assessed" | "changed" | "activityAdded" | "activityRemoved" | "monthRecorded" | "monthCorrected";
            promiseId: components["schemas"]["Uuid"];
            /** @description The promise's title now */
            promiseTitle: string;
            by: string | null;
            assessment?: components["schemas"]["PromiseAssessment"] | null;
            previousAssessment?: components["schemas"]["PromiseAssessment"] | null;
            assessmentNote?: string;
            field?: "title" | "text" | "periodStart" | "periodEnd";
            before?: string | null;
            after?: string | null;
            activityId?: components["schemas"]["Uuid"];
            activityTitle?: string;
            month?: components["schemas"]["Month"];
            outcomeBefore?: number | null;
            outcomeAfter?: number | null;
            unit?: string | null;
            /** @description The month's public comment */
            comment?: string;
        };
        PromiseHistory: {
            promiseId: components["schemas"]["Uuid"];
            title: string;
            /**
             * @description SCB kommunkod, four digits (Linköping = 0580)
             * @example 0580
             */
            municipalityCode: string;
            /** @description Newest first */
            items: components["schemas"]["HistoryEntry"][];
        };
        AreaSummary: {
            /** @description As most items spell it */
            name: string;
            /** @description Published activities there */
            activities: number;
            /** @description Published promises holding one of them */
            promises: number;
        };
        AreaList: {
            municipality: {
                /**
                 * @description SCB kommunkod, four digits (Linköping = 0580)
                 * @example 0580
                 */
                code: string;
                name: string;
            };
            /** @description By name */
            items: components["schemas"]["AreaSummary"][];
        };
        AreaActivity: {
            activity: components["schemas"]["Activity"];
            progress: components["schemas"]["ActivityProgress"];
            /** @description The published promises holding it */
            promiseIds: components["schemas"]["Uuid"][];
        };
        AreaPage: {
            municipality: {
                /**
                 * @description SCB kommunkod, four digits (Linköping = 0580)
                 * @example 0580
                 */
                code: string;
                name: string;
            };
            name: string;
            /** @description Published activities there, each with its progress over its agreement's period to date */
            activities: components["schemas"]["AreaActivity"][];
            /** @description Published promises holding one of these activities, with their verdicts */
            promises: components["schemas"]["CitizenPromise"][];
            /** @description The organisations the activities name */
            organisations: {
                id: components["schemas"]["Uuid"];
                name: string;
                kind: components["schemas"]["OrganisationKind"];
            }[];
        };
        RenameArea: {
            /** @description A place, e.g. Skäggetorp; matched ignoring case and surrounding spaces */
            from: string;
            /** @description A place, e.g. Skäggetorp; matched ignoring case and surrounding spaces */
            to: string;
        };
        AreaRenamed: {
            /** @description The new name, trimmed */
            name: string;
            /** @description Activities renamed, each with its own audit event */
            activities: number;
        };
        SearchHit: {
            /** @description problem: of a published lägesbild (when the lägesbild exists) */
            kind: "promise" | "activity" | "area" | "problem";
            /** @description null for an area, named by its name */
            id: components["schemas"]["Uuid"] | null;
            title: string;
            /** @description The start of its text */
            excerpt: string;
            area: string | null;
            municipality: {
                /**
                 * @description SCB kommunkod, four digits (Linköping = 0580)
                 * @example 0580
                 */
                code: string;
                name: string;
            };
        };
        SearchResults: {
            query: string;
            /** @description Best first, at most 50 */
            items: components["schemas"]["SearchHit"][];
        };
        Task: {
            activityId: components["schemas"]["Uuid"];
            activityTitle: string;
            agreementId: components["schemas"]["Uuid"];
            month: components["schemas"]["Month"];
            /** @description The month's target, as it held in that month (> 0) */
            target: number;
            /**
             * Format: date
             * @description YYYY-MM-DD: the day the month's follow-up is due: the municipality's reportingDay of the next month
             */
            dueDate: string;
            /** @description The due date has passed (Swedish time) */
            overdue: boolean;
        };
        /** @description The months the caller may record (an editor: their municipality’s activities; a partner: the shared activities their organisation leads or takes part in) that have ended, have a target above 0, have no outcome and lie in no closed tertial. Viewers and admins report nothing: their list is empty. */
        TaskList: {
            /** @description Overdue first, then by due date, activity title and month */
            items: components["schemas"]["Task"][];
        };
        ReportingCounts: {
            /** @description Months with a target above 0 whose due date has passed */
            due: number;
            /** @description Of those, the outcome first recorded by the due date */
            onTime: number;
            /** @description Of those, the outcome first recorded after the due date */
            late: number;
            /** @description Of those, no outcome yet */
            missing: number;
            /** @description onTime ÷ due; null when nothing was due */
            onTimeShare: number | null;
        };
        /** @description How punctually each lead organisation reports: the months of the activities the caller may read, with a target above 0, whose due date (reportingDay of the next month, Swedish time) has passed. */
        CompletenessReport: {
            municipalityId: components["schemas"]["Uuid"];
            reportingDay: number;
            from: components["schemas"]["Month"];
            to: components["schemas"]["Month"];
            /** @description Per lead organisation (by name) and month */
            items: {
                organisation: {
                    id: components["schemas"]["Uuid"];
                    name: string;
                };
                month: components["schemas"]["Month"];
                /**
                 * Format: date
                 * @description YYYY-MM-DD: when the month was due
                 */
                dueDate: string;
                /** @description Months with a target above 0 whose due date has passed */
                due: number;
                /** @description Of those, the outcome first recorded by the due date */
                onTime: number;
                /** @description Of those, the outcome first recorded after the due date */
                late: number;
                /** @description Of those, no outcome yet */
                missing: number;
                /** @description onTime ÷ due; null when nothing was due */
                onTimeShare: number | null;
            }[];
            /** @description Per lead organisation over the whole span, by name */
            organisations: {
                organisation: {
                    id: components["schemas"]["Uuid"];
                    name: string;
                };
                /** @description Months with a target above 0 whose due date has passed */
                due: number;
                /** @description Of those, the outcome first recorded by the due date */
                onTime: number;
                /** @description Of those, the outcome first recorded after the due date */
                late: number;
                /** @description Of those, no outcome yet */
                missing: number;
                /** @description onTime ÷ due; null when nothing was due */
                onTimeShare: number | null;
            }[];
            total: components["schemas"]["ReportingCounts"];
        };
        /**
         * @description YYYY-Tn: T1 January–April, T2 May–August, T3 September–December
         * @example 2026-T1
         */
        TertialPeriod: string;
        ClosedPeriod: {
            id: components["schemas"]["Uuid"];
            agreementId: components["schemas"]["Uuid"];
            period: components["schemas"]["TertialPeriod"];
            /** @description Who closed it; null when that account is gone */
            closedBy: {
                id: components["schemas"]["Uuid"];
                name: string;
            } | null;
            /** Format: date-time */
            closedAt: string;
        };
        ClosedPeriodList: {
            /** @description By period */
            items: components["schemas"]["ClosedPeriod"][];
        };
        ClosePeriod: {
            period: components["schemas"]["TertialPeriod"];
        };
        MfaStatus: {
            /** @description The account signs in with a second factor (TOTP) */
            enabled: boolean;
            /** @description Its role must (MFA_REQUIRED=editors: admins and editors) */
            required: boolean;
            recoveryCodesLeft: number;
        };
        MfaEnrolment: {
            /** @description The TOTP secret (base32), for typing in by hand */
            secret: string;
            /** @description The otpauth:// URI the QR code holds */
            uri: string;
            /** @description The QR code, drawn on the server: a data: URL of an SVG image */
            qrCode: string;
        };
        ConfirmMfaBody: {
            /** @description The 6 digits the app shows now */
            oneTimeCode: string;
        };
        RecoveryCodes: {
            /** @description Ten single-use codes, shown this once (only their hashes are stored) */
            recoveryCodes: string[];
        };
        MySession: {
            id: components["schemas"]["Uuid"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastUsedAt: string;
            /** Format: date-time */
            expiresAt: string;
            /** @description The client address it was used from */
            address: string | null;
            /** @description The User-Agent it was used with */
            userAgent: string | null;
            /** @description How it was opened */
            method: "password" | "password+totp" | "password+recovery" | "oidc";
            /** @description The session this request came with */
            current: boolean;
        };
        /** @description An API token of yours, without its secret */
        MyToken: {
            id: components["schemas"]["Uuid"];
            label: string | null;
            /** Format: date-time */
            createdAt: string;
            lastUsedAt: string | null;
            expiresAt: string | null;
            /** @description The client address it was used from */
            address: string | null;
            /** @description The User-Agent it was used with */
            userAgent: string | null;
        };
        MySessions: {
            sessions: components["schemas"]["MySession"][];
            tokens: components["schemas"]["MyToken"][];
        };
        SignInOptions: {
            /** @description Sign-in through the municipality’s identity provider is configured */
            singleSignOn: boolean;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    liveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request came from another site (Origin or Sec-Fetch-Site) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request came from another site (Origin or Sec-Fetch-Site) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCurrentUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCurrentUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchMe"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request came from another site (Origin or Sec-Fetch-Site) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The account changed since you read it */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs If-Match with the ETag of GET /auth/me */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMunicipalities: {
        parameters: {
            query: {
                limit: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Municipality"][];
                        /** @description null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createMunicipality: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMunicipality"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Municipality"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMunicipality: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Municipality"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMunicipality: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchMunicipality"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Municipality"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item changed since you read it (If-Match is stale) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrganisations: {
        parameters: {
            query: {
                limit: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                municipalityId?: components["schemas"]["Uuid"];
                kind?: components["schemas"]["OrganisationKind"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Organisation"][];
                        /** @description null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganisation"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchOrganisation"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item changed since you read it (If-Match is stale) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query: {
                limit: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                organisationId?: components["schemas"]["Uuid"];
                role?: components["schemas"]["Role"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["User"][];
                        /** @description null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUser"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchUser"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item changed since you read it (If-Match is stale) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTokens: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApiToken"][];
                        /** @description null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    issueToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueToken"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedToken"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item changed since you read it (If-Match is stale) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listGoals: {
        parameters: {
            query: {
                limit: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                municipalityId?: components["schemas"]["Uuid"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Goal"][];
                        /** @description null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createGoal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateGoal"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Goal"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getGoal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Goal"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteGoal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item changed since you read it (If-Match is stale) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateGoal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchGoal"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Goal"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item changed since you read it (If-Match is stale) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listIndicators: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Indicator"][];
                        /** @description null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createIndicator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateIndicator"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Indicator"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIndicator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Indicator"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteIndicator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item changed since you read it (If-Match is stale) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateIndicator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchIndicator"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Indicator"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item changed since you read it (If-Match is stale) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listIndicatorValues: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["IndicatorValue"][];
                        /** @description null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putIndicatorValue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutIndicatorValue"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorValue"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorValue"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAgreements: {
        parameters: {
            query: {
                limit: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                municipalityId?: components["schemas"]["Uuid"];
                status?: components["schemas"]["AgreementStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Agreement"][];
                        /** @description null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAgreement"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item changed since you read it (If-Match is stale) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchAgreement"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item changed since you read it (If-Match is stale) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFocusAreas: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["FocusArea"][];
                        /** @description null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createFocusArea: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFocusArea"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FocusArea"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFocusArea: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FocusArea"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteFocusArea: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item changed since you read it (If-Match is stale) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateFocusArea: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchFocusArea"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FocusArea"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item changed since you read it (If-Match is stale) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listActivities: {
        parameters: {
            query: {
                limit: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                agreementId?: components["schemas"]["Uuid"];
                focusAreaId?: components["schemas"]["Uuid"];
                status?: components["schemas"]["ActivityStatus"];
                organisationId?: components["schemas"]["Uuid"];
                area?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Activity"][];
                        /** @description null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createActivity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateActivity"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item changed since you read it (If-Match is stale) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchActivity"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item changed since you read it (If-Match is stale) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFollowUps: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["FollowUp"][];
                        /** @description null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFollowUpGrid: {
        parameters: {
            query?: {
                /** @description The year whose months to give, within the agreement's period (400 outside it). By default the year of the current month, or, when that lies outside the period, its nearest year: the first before the agreement starts, the last once it has ended. */
                year?: number;
            };
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description currentMonth: the month being recorded now (Swedish time); the months before it have ended */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpGrid"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFollowUp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
                month: components["schemas"]["Month"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUp"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putFollowUp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
                month: components["schemas"]["Month"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutFollowUp"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUp"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUp"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The month changed since you read it (If-Match is stale), or If-Match names a month not recorded */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Correcting a recorded month needs If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPromises: {
        parameters: {
            query: {
                limit: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                municipalityId?: components["schemas"]["Uuid"];
                agreementId?: components["schemas"]["Uuid"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CitizenPromise"][];
                        /** @description null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPromise: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePromise"];
            };
        };
        responses: {
            /** @description A medborgarlöfte */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CitizenPromise"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPromise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A medborgarlöfte */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CitizenPromise"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deletePromise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item changed since you read it (If-Match is stale) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePromise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchPromise"];
            };
        };
        responses: {
            /** @description A medborgarlöfte */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CitizenPromise"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item changed since you read it (If-Match is stale) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPromiseProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromiseProgress"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSituationReports: {
        parameters: {
            query: {
                limit: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                municipalityId?: components["schemas"]["Uuid"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SituationReport"][];
                        /** @description null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSituationReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSituationReport"];
            };
        };
        responses: {
            /** @description A lägesbild (Lag 2023:196 4 §): the period it describes, usually a year. The public reads a lägesbild that is published and adopted (never a draft), and of it the published problems, never an internal note. Insiders (the municipality’s readers, the parties to the agreements answering it, admins) read everything. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SituationReport"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSituationReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A lägesbild (Lag 2023:196 4 §): the period it describes, usually a year. The public reads a lägesbild that is published and adopted (never a draft), and of it the published problems, never an internal note. Insiders (the municipality’s readers, the parties to the agreements answering it, admins) read everything. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SituationReport"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSituationReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item changed since you read it (If-Match is stale) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateSituationReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchSituationReport"];
            };
        };
        responses: {
            /** @description A lägesbild (Lag 2023:196 4 §): the period it describes, usually a year. The public reads a lägesbild that is published and adopted (never a draft), and of it the published problems, never an internal note. Insiders (the municipality’s readers, the parties to the agreements answering it, admins) read everything. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SituationReport"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item changed since you read it (If-Match is stale) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProblems: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SituationProblem"][];
                        /** @description null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProblem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProblem"];
            };
        };
        responses: {
            /** @description A problem a lägesbild found, with its causes. The public reads a lägesbild that is published and adopted (never a draft), and of it the published problems, never an internal note. Insiders (the municipality’s readers, the parties to the agreements answering it, admins) read everything. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SituationProblem"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProblem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A problem a lägesbild found, with its causes. The public reads a lägesbild that is published and adopted (never a draft), and of it the published problems, never an internal note. Insiders (the municipality’s readers, the parties to the agreements answering it, admins) read everything. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SituationProblem"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteProblem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item changed since you read it (If-Match is stale) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateProblem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchProblem"];
            };
        };
        responses: {
            /** @description A problem a lägesbild found, with its causes. The public reads a lägesbild that is published and adopted (never a draft), and of it the published problems, never an internal note. Insiders (the municipality’s readers, the parties to the agreements answering it, admins) read everything. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SituationProblem"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item changed since you read it (If-Match is stale) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAgreementProblems: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SituationProblem"][];
                        /** @description null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTraceability: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Per problem and cause the activities acting on it with their progress to date; the problems no activity acts on; the activities acting on no problem. Each reader sees what they may read: the public the published problems and activities. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Traceability"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReviews: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Review"][];
                        /** @description null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
                period: components["schemas"]["ReviewPeriod"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The analysis of a tertial or a year of an agreement. Read as the agreement is: insiders read drafts; the public reads a final, published analysis of a published agreement. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Review"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
                period: components["schemas"]["ReviewPeriod"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutReview"];
            };
        };
        responses: {
            /** @description The analysis of a tertial or a year of an agreement. Read as the agreement is: insiders read drafts; the public reads a final, published analysis of a published agreement. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Review"];
                };
            };
            /** @description The analysis of a tertial or a year of an agreement. Read as the agreement is: insiders read drafts; the public reads a final, published analysis of a published agreement. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Review"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The analysis changed since you read it, or If-Match names one not written yet */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Replacing a written analysis needs If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description SCB kommunkod, four digits (Linköping = 0580)
                 * @example 0580
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Everything the public dashboard shows, published items only */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dashboard"];
                };
            };
            /** @description Not modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMissingReport: {
        parameters: {
            query: {
                month: components["schemas"]["Month"];
                municipalityId: components["schemas"]["Uuid"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Who has not reported: per lead organisation, the activities of published promises that have a target for the month and no outcome */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MissingReport"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMissingReportCsv: {
        parameters: {
            query: {
                month: components["schemas"]["Month"];
                municipalityId: components["schemas"]["Uuid"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report as CSV */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOpenDataPromisesJson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description SCB kommunkod, four digits (Linköping = 0580)
                 * @example 0580
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenDataPromises"];
                };
            };
            /** @description Not modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOpenDataPromisesCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description SCB kommunkod, four digits (Linköping = 0580)
                 * @example 0580
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The data set as CSV; licence: CC0 1.0 Universell (CC0 1.0) */
            200: {
                headers: {
                    /** @description The licence of the data */
                    "x-licence"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Not modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOpenDataFollowupsJson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description SCB kommunkod, four digits (Linköping = 0580)
                 * @example 0580
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenDataFollowups"];
                };
            };
            /** @description Not modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOpenDataFollowupsCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description SCB kommunkod, four digits (Linköping = 0580)
                 * @example 0580
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The data set as CSV; licence: CC0 1.0 Universell (CC0 1.0) */
            200: {
                headers: {
                    /** @description The licence of the data */
                    "x-licence"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Not modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOpenDataIndicatorsJson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description SCB kommunkod, four digits (Linköping = 0580)
                 * @example 0580
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenDataIndicators"];
                };
            };
            /** @description Not modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOpenDataIndicatorsCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description SCB kommunkod, four digits (Linköping = 0580)
                 * @example 0580
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The data set as CSV; licence: CC0 1.0 Universell (CC0 1.0) */
            200: {
                headers: {
                    /** @description The licence of the data */
                    "x-licence"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Not modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOpenDataProblemsJson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description SCB kommunkod, four digits (Linköping = 0580)
                 * @example 0580
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenDataProblems"];
                };
            };
            /** @description Not modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOpenDataProblemsCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description SCB kommunkod, four digits (Linköping = 0580)
                 * @example 0580
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The data set as CSV; licence: CC0 1.0 Universell (CC0 1.0) */
            200: {
                headers: {
                    /** @description The licence of the data */
                    "x-licence"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Not modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportAgreementXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportAgreementCsv: {
        parameters: {
            query: {
                /** @description activities: the sheet Aktivitetsplan; followups: Uppföljning; indicators: Indikatorer */
                table: "activities" | "followups" | "indicators";
            };
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The table as CSV */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importAgreement: {
        parameters: {
            query?: {
                /** @description true (the default): check and report, write nothing; false: write it all, or nothing */
                dryRun?: boolean;
                /** @description Which table a CSV file is (required for text/csv; not taken with an xlsx workbook) */
                table?: "activities" | "followups";
            };
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                "text/csv": unknown;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResult"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The file is larger than 10485760 bytes, or has more than 20000 rows */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is neither application/vnd.openxmlformats-officedocument.spreadsheetml.sheet nor text/csv */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A real run with row errors (nothing written; errors as /sheet/row/column), or an Idempotency-Key used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query: {
                entityType: "municipality" | "organisation" | "user" | "apiToken" | "goal" | "indicator" | "indicatorValue" | "agreement" | "focusArea" | "activity" | "followUp" | "promise" | "situationReport" | "problem" | "review" | "closedPeriod" | "session" | "signIn";
                entityId: components["schemas"]["Uuid"];
                limit: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditEvent"][];
                        /** @description null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCountyDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description SCB länskod, two digits (Östergötland = 05)
                 * @example 05
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The county at a glance, published items and public fields only */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountyDashboard"];
                };
            };
            /** @description Not modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCountyOpenDataPromisesJson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description SCB länskod, two digits (Östergötland = 05)
                 * @example 05
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenDataCountyPromises"];
                };
            };
            /** @description Not modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCountyOpenDataPromisesCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description SCB länskod, two digits (Östergötland = 05)
                 * @example 05
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The data set as CSV; licence: CC0 1.0 Universell (CC0 1.0) */
            200: {
                headers: {
                    /** @description The licence of the data */
                    "x-licence"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Not modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCountyOpenDataFollowupsJson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description SCB länskod, two digits (Östergötland = 05)
                 * @example 05
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenDataCountyFollowups"];
                };
            };
            /** @description Not modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCountyOpenDataFollowupsCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description SCB länskod, two digits (Östergötland = 05)
                 * @example 05
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The data set as CSV; licence: CC0 1.0 Universell (CC0 1.0) */
            200: {
                headers: {
                    /** @description The licence of the data */
                    "x-licence"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Not modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCountyOpenDataIndicatorsJson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description SCB länskod, two digits (Östergötland = 05)
                 * @example 05
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenDataCountyIndicators"];
                };
            };
            /** @description Not modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCountyOpenDataIndicatorsCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description SCB länskod, two digits (Östergötland = 05)
                 * @example 05
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The data set as CSV; licence: CC0 1.0 Universell (CC0 1.0) */
            200: {
                headers: {
                    /** @description The licence of the data */
                    "x-licence"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Not modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCountyOpenDataProblemsJson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description SCB länskod, two digits (Östergötland = 05)
                 * @example 05
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenDataCountyProblems"];
                };
            };
            /** @description Not modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCountyOpenDataProblemsCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description SCB länskod, two digits (Östergötland = 05)
                 * @example 05
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The data set as CSV; licence: CC0 1.0 Universell (CC0 1.0) */
            200: {
                headers: {
                    /** @description The licence of the data */
                    "x-licence"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Not modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    syncIndicatorFromKolada: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One sync of an indicator's values from Kolada (Källa: Kolada, CC BY 4.0) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KoladaSync"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPromiseHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromiseHistory"];
                };
            };
            /** @description Not modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHistoryFeed: {
        parameters: {
            query?: {
                /** @description The language of the texts; sv by default */
                lang?: "sv" | "en";
            };
            header?: never;
            path: {
                /**
                 * @description SCB kommunkod, four digits (Linköping = 0580)
                 * @example 0580
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An Atom 1.0 feed (RFC 4287) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/atom+xml": string;
                };
            };
            /** @description Not modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAreas: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description SCB kommunkod, four digits (Linköping = 0580)
                 * @example 0580
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaList"];
                };
            };
            /** @description Not modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getArea: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description SCB kommunkod, four digits (Linköping = 0580)
                 * @example 0580
                 */
                code: string;
                /** @description A place, e.g. Skäggetorp; matched ignoring case and surrounding spaces */
                area: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaPage"];
                };
            };
            /** @description Not modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    renameArea: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenameArea"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaRenamed"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    search: {
        parameters: {
            query: {
                /** @description Words to find (Swedish-aware: "trygghetsvandringar" finds "trygghetsvandring"); "quoted phrases", or and -word as in web search engines; a word also matches as the start of a longer one */
                q: string;
                /**
                 * @description SCB kommunkod, four digits (Linköping = 0580)
                 * @example 0580
                 */
                municipality?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResults"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyTasks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The months the caller may record (an editor: their municipality’s activities; a partner: the shared activities their organisation leads or takes part in) that have ended, have a target above 0, have no outcome and lie in no closed tertial. Viewers and admins report nothing: their list is empty. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskList"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCompletenessReport: {
        parameters: {
            query: {
                municipalityId: components["schemas"]["Uuid"];
                from?: components["schemas"]["Month"];
                to?: components["schemas"]["Month"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How punctually each lead organisation reports: the months of the activities the caller may read, with a target above 0, whose due date (reportingDay of the next month, Swedish time) has passed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompletenessReport"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCompletenessReportCsv: {
        parameters: {
            query: {
                municipalityId: components["schemas"]["Uuid"];
                from?: components["schemas"]["Month"];
                to?: components["schemas"]["Month"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report as CSV */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listClosedPeriods: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClosedPeriodList"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closePeriod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClosePeriod"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClosedPeriod"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tertial is closed already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reopenPeriod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
                period: components["schemas"]["TertialPeriod"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reopened */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item changed since you read it (If-Match is stale) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSecondFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaStatus"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    beginSecondFactorEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaEnrolment"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request came from another site (Origin or Sec-Fetch-Site) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmSecondFactorEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmMfaBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodes"];
                };
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request came from another site (Origin or Sec-Fetch-Site) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMySessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MySessions"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    endMyOtherSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ended */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request came from another site (Origin or Sec-Fetch-Site) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item changed since you read it (If-Match is stale) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    endMySession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ended */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request came from another site (Origin or Sec-Fetch-Site) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item changed since you read it (If-Match is stale) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeMyToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ended */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request came from another site (Origin or Sec-Fetch-Site) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item, or not one you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item changed since you read it (If-Match is stale) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes (or failed sign-ins) in a short time; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSignInOptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInOptions"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    beginSingleSignOn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the provider */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeSingleSignOn: {
        parameters: {
            query?: {
                /** @description The authorization code */
                code?: string;
                /** @description The state the sign-in was begun with */
                state?: string;
                /** @description The issuer (RFC 9207) */
                iss?: string;
                /** @description The provider’s session (Keycloak, Entra ID) */
                session_state?: string;
                /** @description Why the provider refused */
                error?: string;
                /** @description The provider’s words for it */
                error_description?: string;
                /** @description Where the provider explains it */
                error_uri?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed in: to the start page */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not reachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
