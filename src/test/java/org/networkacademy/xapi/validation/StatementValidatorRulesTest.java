package org.networkacademy.xapi.validation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule-by-rule checks: each row edits the valid base statement ({@code invalid/00-valid-base.json}) and
 * names the path of the expected violation, or {@code VALID}. Many rows mirror the ADL LRS conformance
 * suite (v1_0_3) cases. Column 1 selects the versions: {@code both}, {@code 1} (1.0.3) or {@code 2} (2.0.0).
 * Edits: {@code path = json} sets a value (dotted path, numeric segments index arrays); {@code -path} removes.
 */
class StatementValidatorRulesTest {

    private static final Map<String, String> SNIPPETS = Map.of(
            "$AGENT", "{\"objectType\":\"Agent\",\"mbox\":\"mailto:other@example.com\"}",
            "$GROUP", "{\"objectType\":\"Group\",\"member\":[{\"mbox\":\"mailto:m1@example.com\"},{\"openid\":\"http://openid.example.org/m2\"}]}",
            "$REF", "{\"objectType\":\"StatementRef\",\"id\":\"8f87ccde-bb56-4c2e-ab83-44982ef22df0\"}",
            "$SUB", "{\"objectType\":\"SubStatement\",\"actor\":{\"mbox\":\"mailto:s@example.com\"},"
                    + "\"verb\":{\"id\":\"http://example.com/visited\",\"display\":{\"en-US\":\"will visit\"}},"
                    + "\"object\":{\"id\":\"http://example.com/website\"}}",
            "$ATT", "{\"usageType\":\"http://example.com/attachment-usage/test\",\"display\":{\"en-US\":\"A test attachment\"},"
                    + "\"description\":{\"en-US\":\"desc\"},\"contentType\":\"text/plain; charset=ascii\",\"length\":27,"
                    + "\"sha2\":\"495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a\","
                    + "\"fileUrl\":\"http://over.there.com/file.txt\"}",
            "$UUID", "\"AA97B177-9383-4934-8543-0F91A7A02836\"",
            "$VOIDED", "\"http://adlnet.gov/expapi/verbs/voided\"");

    private final StatementValidator validator = new StatementValidator();

    @ParameterizedTest(name = "[{0}] {1} <- {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # --- Statement properties, required, unknown and wrongly-cased keys (Data 2.2, 2.4) ---
            both | VALID                  | -id
            both | VALID                  | id = $UUID
            both | verb                   | -verb
            both | object                 | -object
            both | iD                     | iD = "5f2c1d4e-8a7b-4c3d-9e1f-0a1b2c3d4e5f"
            both | Actor                  | Actor = $AGENT
            both | veRb                   | veRb = {"id":"http://example.com/v"}
            both | RESULT                 | RESULT = {}
            both | timeStamp              | timeStamp = "2013-05-18T05:32:34.804Z"
            both | Version                | Version = "1.0.3"
            both | attachmentS            | attachmentS = [$ATT]
            both | objectType             | objectType = "Statement"
            both | actor.name             | actor.name = null
            both | verb.display["en-US"]  | verb.display = {"en-US":null}
            both | context.registration   | context.registration = null
            both | object.definition.moreInfo | object.definition.moreInfo = null
            both | result                 | result = null
            # --- wrong JSON types (Data 2.2.s4.b1) ---
            both | result.score.max       | result.score = {"max":"one hundred"}
            both | result.score.max       | result.score = {"max":"100"}
            both | result.success         | result.success = "We regret to inform you that your effort was unsuccessful."
            both | result.completion      | result.completion = "false"
            both | result.response        | result.response = 5
            both | result                 | result = "x"
            both | verb                   | verb = "x"
            both | actor                  | actor = [1]
            both | object                 | object = 42
            # --- ids and UUIDs (Data 2.4.1, 4.4) ---
            both | id                     | id = 12345
            both | id                     | id = {"key":"should fail"}
            both | id                     | id = "AA97B177-9383-4934-8543-0F91A7A028368"
            both | id                     | id = "MA97B177-9383-4934-8543-0F91A7A02836"
            both | id                     | id = "{AA97B177-9383-4934-8543-0F91A7A02836}"
            both | id                     | id = ""
            both | context.registration   | context.registration = {"key":"should fail"}
            both | context.registration   | context.registration = "should fail"
            both | context.registration   | context.registration = 12345
            # --- timestamps and stored (Data 2.4.7, 2.4.8, 4.5) ---
            both | VALID                  | timestamp = "2013-05-18T05:32:34.804Z"
            both | VALID                  | timestamp = "2013-05-18T05:32:34+05:30"
            both | VALID                  | timestamp = "20130518T053234.5Z"
            both | VALID                  | stored = "2013-05-18T05:32:34.804+00:00"
            1    | VALID                  | timestamp = "2013-05-18T05:32:34.804"
            2    | timestamp              | timestamp = "2013-05-18T05:32:34.804"
            both | timestamp              | timestamp = "should fail"
            both | timestamp              | timestamp = "01/011/2015"
            both | timestamp              | timestamp = "2008-09-15T15:53:00.601-00"
            both | timestamp              | timestamp = "2008-09-15T15:53:00.601-0000"
            both | timestamp              | timestamp = "2008-09-15T15:53:00.601-00:00"
            both | timestamp              | timestamp = "2015-02-30T00:00:00Z"
            both | timestamp              | timestamp = 1431927154
            both | stored                 | stored = "should fail"
            # --- version (Data 2.4.10) ---
            both | VALID                  | version = "1.0"
            both | VALID                  | version = "1.0.9"
            1    | version                | version = "2.0.0"
            2    | VALID                  | version = "2.0.0"
            2    | VALID                  | version = "2.0"
            both | version                | version = "0.9.9"
            both | version                | version = "1.1.0"
            2    | version                | version = "2.1.0"
            both | version                | version = "should fail"
            both | version                | version = 1.0
            # --- actors, IFIs, accounts (Data 2.4.2) ---
            both | VALID                  | actor = {"mbox_sha1sum":"cd9b00a5611f94eaa7b1661edab976068e364975"}
            both | VALID                  | actor = {"openid":"http://openid.example.org/12345"}
            both | VALID                  | actor = {"objectType":"Agent","account":{"homePage":"http://www.example.com","name":"xAPI account name"}}
            both | VALID                  | actor = $GROUP
            both | VALID                  | actor = {"objectType":"Group","name":"g","account":{"homePage":"http://example.com","name":"g1"}}
            both | actor.objectType       | actor.objectType = 123
            both | actor.objectType       | actor.objectType = {"key":"value"}
            both | actor.objectType       | actor.objectType = "agent"
            both | actor.name             | actor.name = 123
            both | actor.name             | actor.name = {"key":"value"}
            both | actor                  | actor = {"objectType":"Agent","name":"no identifier"}
            both | actor.mbox             | actor.mbox = "mailto:should.fail.com"
            both | actor.mbox             | actor.mbox = "http://should.fail.com"
            both | actor.mbox             | actor.mbox = ""
            both | actor                  | actor.openid = "http://openid.example.org/1"
            both | actor.openid           | actor = {"openid":"ab=c://should.fail.com"}
            both | actor.mbox_sha1sum     | actor = {"mbox_sha1sum":"not-a-sha1"}
            both | actor.account.homePage | actor = {"account":{"homePage":"ab=c://should.fail.com","name":"x"}}
            both | actor.account.name     | actor = {"account":{"homePage":"http://example.com","name":{"key":"value"}}}
            both | actor.account.name     | actor = {"account":{"homePage":"http://example.com"}}
            both | actor.account.homePage | actor = {"account":{"name":"x"}}
            both | actor.account.extra    | actor = {"account":{"homePage":"http://example.com","name":"x","extra":1}}
            both | actor.account          | actor = {"account":"x"}
            both | actor.member           | actor = {"objectType":"Group"}
            both | actor.member           | actor = {"objectType":"Group","member":[]}
            both | actor.member           | actor = {"objectType":"Group","member":{"objectType":"Group"}}
            both | actor.member[0]        | actor = {"objectType":"Group","member":[$GROUP]}
            both | actor.member[0]        | actor = {"objectType":"Group","mbox":"mailto:g@example.com","member":[{"name":"no identifier"}]}
            both | actor.member[0]        | actor = {"objectType":"Group","member":[null]}
            both | actor                  | actor = {"objectType":"Group","mbox":"mailto:g@example.com","openid":"http://openid.example.org/g"}
            both | actor.unknown          | actor.unknown = true
            # --- authority (Data 2.4.9) ---
            both | VALID                  | authority = {"objectType":"Agent","account":{"homePage":"http://cloud.scorm.com/","name":"anonymous"}}
            both | VALID                  | authority = {"objectType":"Group","member":[{"account":{"homePage":"http://example.com/xAPI/OAuth/Token","name":"oauth_consumer_x75db"}},{"mbox":"mailto:bob@example.com"}]}
            both | authority              | authority = {"objectType":"Group","member":[{"mbox":"mailto:bob@example.com"}]}
            both | authority              | authority = {"objectType":"Agent","name":"no identifier"}
            both | authority.objectType   | authority = {"objectType":123,"mbox":"mailto:bob@example.com"}
            # --- verb (Data 2.4.3) ---
            both | VALID                  | verb = {"id":"http://example.com/v"}
            both | VALID                  | verb.display = {"de":"besucht","zh-Hant":"x","sr-Latn-RS":"y","x-whatever":"z","i-enochian":"w"}
            both | verb.id                | verb.id = "should fail"
            both | verb.id                | verb.id = 1
            both | verb.display           | verb.display = "should error"
            both | verb.display["something"] | verb.display = {"something":"besucht"}
            both | verb.display["de-419-DE"] | verb.display = {"de-419-DE":"besucht"}
            both | verb.display["ar-a-aaa-b-bbb-a-ccc"] | verb.display = {"ar-a-aaa-b-bbb-a-ccc":"x"}
            both | verb.display["en-US"]  | verb.display = {"en-US":5}
            both | verb.extra             | verb.extra = "x"
            # --- voiding (Data 2.3.2) ---
            both | VALID                  | verb.id = $VOIDED && object = $REF && -context
            both | object                 | verb.id = $VOIDED
            # --- activities and definitions (Data 2.4.4.1) ---
            both | VALID                  | -object.objectType
            both | VALID                  | object = {"id":"tag:adlnet.gov,2013:expapi:0.9:activities:x"}
            both | VALID                  | object = {"id":"urn:x:y"}
            both | VALID                  | object.definition = {"name":{"en-US":"n"},"description":{"en-US":"d"},"type":"http://adlnet.gov/expapi/activities/cmi.interaction","moreInfo":"http://example.com/more","extensions":{"http://example.com/null":null}}
            both | object.objectType      | object.objectType = "activity"
            both | object.objectType      | object.objectType = 5
            both | object.id              | -object.id
            both | object.id              | object.id = "ab=c://should.fail.com"
            both | object.id              | object.id = "should fail"
            both | object.id              | object.id = "http://example.com/a b"
            both | object.unknown         | object.unknown = 1
            both | object.definition      | object.definition = "should error"
            both | object.definition.name | object.definition.name = 12345
            both | object.definition.name | object.definition.name = "should error"
            both | object.definition.description | object.definition.description = "should error"
            both | object.definition.type | object.definition.type = "should error"
            both | object.definition.moreInfo | object.definition.moreInfo = "should error"
            both | object.definition.extensions | object.definition.extensions = "should error"
            both | object.definition.extensions["id"] | object.definition.extensions = {"id":"valid","description":{"en-US":"valid"}}
            both | object.definition.unknown | object.definition.unknown = 1
            # --- interaction activities (Data 2.4.4.1 Interaction Activities) ---
            both | VALID                  | object.definition = {"interactionType":"true-false","correctResponsesPattern":["true"]}
            both | VALID                  | object.definition = {"interactionType":"choice","correctResponsesPattern":["a[,]b"],"choices":[{"id":"a","description":{"en-US":"A"}},{"id":"b"}]}
            both | VALID                  | object.definition = {"interactionType":"sequencing","choices":[{"id":"a"},{"id":"b"}]}
            both | VALID                  | object.definition = {"interactionType":"likert","scale":[{"id":"1"},{"id":"2"}]}
            both | VALID                  | object.definition = {"interactionType":"matching","source":[{"id":"s"}],"target":[{"id":"t"}],"correctResponsesPattern":["s[.]t"]}
            both | VALID                  | object.definition = {"interactionType":"performance","steps":[{"id":"1"}],"correctResponsesPattern":["1[.]3[:]5"]}
            both | VALID                  | object.definition = {"interactionType":"fill-in","correctResponsesPattern":["{case_matters=false}Bob"]}
            both | VALID                  | object.definition = {"interactionType":"long-fill-in"}
            both | VALID                  | object.definition = {"interactionType":"numeric","correctResponsesPattern":["4[:]"]}
            both | VALID                  | object.definition = {"interactionType":"other","correctResponsesPattern":[]}
            both | object.definition.interactionType | object.definition.interactionType = "true-faLse"
            both | object.definition.interactionType | object.definition.interactionType = "Other"
            both | object.definition.interactionType | object.definition.interactionType = 12345
            both | object.definition.interactionType | object.definition.interactionType = {"a":"b"}
            both | object.definition.interactionType | object.definition.interactionType = "http://adlnet.gov/expapi/activities/cmi.interaction"
            both | object.definition.interactionType | object.definition = {"choices":[{"id":"a"}]}
            both | object.definition.interactionType | object.definition = {"correctResponsesPattern":["a"]}
            both | object.definition.choices | object.definition = {"interactionType":"true-false","choices":[{"id":"a"}]}
            both | object.definition.choices | object.definition = {"interactionType":"likert","choices":[{"id":"a"}]}
            both | object.definition.steps | object.definition = {"interactionType":"matching","source":[{"id":"s"}],"steps":[{"id":"a"}]}
            both | object.definition.choices | object.definition = {"interactionType":"choice","choices":"a"}
            both | object.definition.choices[1].id | object.definition = {"interactionType":"choice","choices":[{"id":"a"},{"id":"a"}]}
            both | object.definition.choices[0].id | object.definition = {"interactionType":"choice","choices":[{"description":{"en-US":"x"}}]}
            both | object.definition.choices[0].id | object.definition = {"interactionType":"choice","choices":[{"id":7}]}
            both | object.definition.choices[0] | object.definition = {"interactionType":"choice","choices":["a"]}
            both | object.definition.choices[0].extra | object.definition = {"interactionType":"choice","choices":[{"id":"a","extra":1}]}
            both | object.definition.choices[0].description["a12345"] | object.definition = {"interactionType":"choice","choices":[{"id":"a","description":{"a12345":"x"}}]}
            both | object.definition.correctResponsesPattern | object.definition = {"interactionType":"choice","correctResponsesPattern":"a"}
            both | object.definition.correctResponsesPattern[0] | object.definition = {"interactionType":"choice","correctResponsesPattern":[1]}
            # --- Agent, Group, StatementRef and SubStatement objects (Data 2.4.4.2, 2.4.4.3) ---
            both | VALID                  | object = $AGENT && -context.platform
            both | VALID                  | object = $GROUP && -context.platform
            both | VALID                  | object = $REF && -context.platform
            both | VALID                  | object = $SUB && -context.platform
            both | object.mbox            | object = {"objectType":"Agent","mbox":"should.fail@example.com"} && -context.platform
            both | object.mbox            | object = {"mbox":"mailto:x@example.com"}
            both | object.id              | object = {"objectType":"StatementRef","id":"AA97B177-9383-4934-8543-0F91A7A028368"} && -context.platform
            both | object.id              | object = {"objectType":"StatementRef","id":12345} && -context.platform
            both | object.id              | object = {"objectType":"StatementRef"} && -context.platform
            both | object.extra           | object = {"objectType":"StatementRef","id":"8f87ccde-bb56-4c2e-ab83-44982ef22df0","extra":1} && -context.platform
            both | object.objectType      | object = {"objectType":"Statement","id":"8f87ccde-bb56-4c2e-ab83-44982ef22df0"}
            both | object.object          | object = $SUB && object.object = $SUB && -context.platform
            both | object.id              | object = $SUB && object.id = $UUID && -context.platform
            both | object.stored          | object = $SUB && object.stored = "2013-05-18T05:32:34.804Z" && -context.platform
            both | object.version         | object = $SUB && object.version = "1.0.0" && -context.platform
            both | object.authority       | object = $SUB && object.authority = $AGENT && -context.platform
            both | object.actor           | object = $SUB && -object.actor && -context.platform
            both | object.verb.id         | object = $SUB && object.verb = {"display":{"en-US":"x"}} && -context.platform
            both | object.timestamp       | object = $SUB && object.timestamp = "2008-09-15T15:53:00.601-00:00" && -context.platform
            both | VALID                  | object = $SUB && object.timestamp = "2099-01-01T00:00:00Z" && -context.platform
            both | object.result.duration | object = $SUB && object.result = {"duration":"should fail"} && -context.platform
            both | object.result.score.scaled | object = $SUB && object.result = {"score":{"scaled":-1.00001}} && -context.platform
            both | VALID                  | object = $SUB && object.context = {"platform":"p","registration":"ec531277-b57b-4c15-8d91-d292c5b2b8f7"} && -context.platform
            both | object.context.statement.id | object = $SUB && object.context = {"statement":{"objectType":"StatementRef","id":"MA97B177-9383-4934-8543-0F91A7A02836"}} && -context.platform
            both | object.context.instructor.objectType | object = $SUB && object.context = {"instructor":{"objectType":123}} && -context.platform
            both | object.object          | object = $SUB && object.verb.id = $VOIDED && -context.platform
            both | object.attachments[0].sha2 | object = $SUB && object.attachments = [$ATT] && object.attachments.0.sha2 = 12345 && -context.platform
            # --- result and score (Data 2.4.5) ---
            both | VALID                  | result = {"score":{"scaled":0.6767676}}
            both | VALID                  | result = {"score":{"scaled":1.0}}
            both | VALID                  | result = {"score":{"scaled":-1.0000}}
            both | VALID                  | result = {"score":{"raw":0.6767676}}
            both | VALID                  | result = {"score":{"max":100.6767676}}
            both | VALID                  | result = {"score":{"min":0,"max":100,"raw":100}}
            both | VALID                  | result = {"score":{"min":-5,"raw":-5}}
            both | VALID                  | result = {"extensions":{"http://example.com/null":null}}
            both | VALID                  | result = {"response":"We agreed","success":false,"completion":false}
            both | result.score          | result.score = 12345
            both | result.score          | result.score = "should fail"
            both | result.score.scaled   | result.score = {"scaled":1.01}
            both | result.score.scaled   | result.score = {"scaled":-1.00001}
            both | result.score.scaled   | result.score = {"scaled":"0.5"}
            both | result.score.raw      | result.score = {"raw":0.6767676,"max":0.6467676}
            both | result.score.raw      | result.score = {"raw":0.6767676,"min":1.4067676}
            both | result.score.min      | result.score = {"min":0.6767676,"max":0.6767355,"raw":0.6767643}
            both | result.score.min      | result.score = {"min":5,"max":5}
            both | result.score.extra    | result.score = {"scaled":0.5,"extra":1}
            both | result.extra          | result.extra = 1
            both | result.extensions["id"] | result.extensions = {"id":"x"}
            both | result.extensions     | result.extensions = []
            # --- durations (Data 4.6) ---
            both | VALID                  | result.duration = "PT1H0M0.1S"
            both | VALID                  | result.duration = "PT4H35M59.14S"
            both | VALID                  | result.duration = "PT16559.14S"
            both | VALID                  | result.duration = "P3Y1M29DT4H35M59.14S"
            both | VALID                  | result.duration = "P3Y"
            both | VALID                  | result.duration = "P4W"
            both | VALID                  | result.duration = "PT1H0.5S"
            both | VALID                  | result.duration = "P1DT12H"
            both | result.duration        | result.duration = "should fail"
            both | result.duration        | result.duration = "PA1H0M0S"
            both | result.duration        | result.duration = 12345
            both | result.duration        | result.duration = {"key":"invalid"}
            both | result.duration        | result.duration = "P4W1D"
            both | result.duration        | result.duration = "P16559.14S"
            both | result.duration        | result.duration = "PT"
            both | result.duration        | result.duration = "P"
            both | result.duration        | result.duration = "P1.5DT1H"
            both | result.duration        | result.duration = "-PT1H"
            both | result.duration        | result.duration = "P0003-01-29T04:35:59"
            # --- context (Data 2.4.6) ---
            both | VALID                  | context.language = "cmn"
            both | VALID                  | context.instructor = $GROUP
            both | VALID                  | context.instructor = $AGENT
            both | VALID                  | context.team = $GROUP
            both | VALID                  | context.statement = $REF
            both | VALID                  | context.revision = "r2"
            both | VALID                  | context.extensions = {"http://example.com/null":null,"urn:x:y":{"deep":[1,{"a":null}]}}
            both | VALID                  | context.contextActivities = {"parent":{"id":"http://example.com/p"}}
            both | VALID                  | context.contextActivities = {"grouping":[{"objectType":"Activity","id":"http://example.com/g"}],"category":[],"other":[{"id":"http://example.com/o"}]}
            both | context.language       | context.language = "something"
            both | context.language       | context.language = 5
            both | context.instructor     | context.instructor = "should fail"
            both | context.instructor     | context.instructor = {"key":"should fail"}
            both | context.team           | context.team = $AGENT
            both | context.team           | context.team = {"key":"should fail"}
            both | context.team           | context.team = "should fail"
            both | context.statement.objectType | context.statement = {"id":"8f87ccde-bb56-4c2e-ab83-44982ef22df0"}
            both | context.statement.id   | context.statement = {"objectType":"StatementRef","id":12345}
            both | context.platform       | object = $AGENT
            both | context.platform       | object = $GROUP
            both | context.platform       | object = $REF
            both | context.platform       | object = $SUB
            both | context.revision       | object = $AGENT && -context.platform && context.revision = "r1"
            both | context.contextActivities | context.contextActivities = "should fail"
            both | context.contextActivities | context.contextActivities = {}
            both | context.contextActivities.parent | context.contextActivities = {"parent":"x"}
            both | context.contextActivities.Parent | context.contextActivities = {"Parent":[{"id":"http://example.com/p"}]}
            both | context.contextActivities.parent[0].id | context.contextActivities = {"parent":[{"id":"should fail"}]}
            both | context.contextActivities.parent[0].objectType | context.contextActivities = {"parent":[$AGENT]}
            both | context.contextActivities.parent[0] | context.contextActivities = {"parent":[null]}
            both | context.extensions["should fail"] | context.extensions = {"should fail":1}
            both | context.foo            | context.foo = 1
            1    | context.contextAgents  | context.contextAgents = [{"objectType":"contextAgent","agent":{"mbox":"mailto:a@example.com"}}]
            1    | context.contextGroups  | context.contextGroups = [{"objectType":"contextGroup","group":$GROUP}]
            # --- xAPI 2.0.0 contextAgents / contextGroups ---
            2    | VALID                  | context.contextAgents = [{"objectType":"contextAgent","agent":{"mbox":"mailto:a@example.com"},"relevantTypes":["http://example.com/types/mentor"]}]
            2    | VALID                  | context.contextGroups = [{"objectType":"contextGroup","group":$GROUP,"relevantTypes":["urn:x:team"]}]
            2    | context.contextAgents  | context.contextAgents = {"objectType":"contextAgent"}
            2    | context.contextAgents[0].objectType | context.contextAgents = [{"agent":{"mbox":"mailto:a@example.com"}}]
            2    | context.contextAgents[0].objectType | context.contextAgents = [{"objectType":"ContextAgent","agent":{"mbox":"mailto:a@example.com"}}]
            2    | context.contextAgents[0].agent | context.contextAgents = [{"objectType":"contextAgent"}]
            2    | context.contextAgents[0].agent | context.contextAgents = [{"objectType":"contextAgent","agent":$GROUP}]
            2    | context.contextAgents[0].relevantTypes | context.contextAgents = [{"objectType":"contextAgent","agent":{"mbox":"mailto:a@example.com"},"relevantTypes":[]}]
            2    | context.contextAgents[0].relevantTypes[0] | context.contextAgents = [{"objectType":"contextAgent","agent":{"mbox":"mailto:a@example.com"},"relevantTypes":["not an iri"]}]
            2    | context.contextAgents[0].extra | context.contextAgents = [{"objectType":"contextAgent","agent":{"mbox":"mailto:a@example.com"},"extra":1}]
            2    | context.contextGroups[0].group | context.contextGroups = [{"objectType":"contextGroup","group":{"mbox":"mailto:a@example.com"}}]
            2    | context.contextGroups[0] | context.contextGroups = [null]
            # --- attachments (Data 2.4.11) ---
            both | VALID                  | attachments = [$ATT]
            both | VALID                  | attachments = [$ATT] && -attachments.0.fileUrl && -attachments.0.description
            both | attachments            | attachments = $ATT
            both | attachments[0]         | attachments = [12345]
            both | attachments[0]         | attachments = ["should fail"]
            both | attachments[0].usageType | attachments = [$ATT] && attachments.0.usageType = "should fail"
            both | attachments[0].usageType | attachments = [$ATT] && -attachments.0.usageType
            both | attachments[0].contentType | attachments = [$ATT] && attachments.0.contentType = "should fail"
            both | attachments[0].length  | attachments = [$ATT] && attachments.0.length = "should fail"
            both | attachments[0].length  | attachments = [$ATT] && attachments.0.length = -1
            both | attachments[0].length  | attachments = [$ATT] && attachments.0.length = 27.5
            both | attachments[0].length  | attachments = [$ATT] && -attachments.0.length
            both | attachments[0].sha2    | attachments = [$ATT] && attachments.0.sha2 = 12345
            both | attachments[0].sha2    | attachments = [$ATT] && attachments.0.sha2 = "xyz"
            both | attachments[0].fileUrl | attachments = [$ATT] && attachments.0.fileUrl = "should fail"
            both | attachments[0].display | attachments = [$ATT] && -attachments.0.display
            both | attachments[0].display | attachments = [$ATT] && attachments.0.display = "should error"
            both | attachments[0].description | attachments = [$ATT] && attachments.0.description = 12345
            both | attachments[0].display["de-419-DE"] | attachments = [$ATT] && attachments.0.display = {"en-US":"a","de-419-DE":"b"}
            both | attachments[0].description["a12345678"] | attachments = [$ATT] && attachments.0.description = {"a12345678":"should error"}
            both | attachments[0].extra   | attachments = [$ATT] && attachments.0.extra = 1
            """)
    void rule(String versions, String expected, String edits) {
        ObjectNode statement = Fixtures.base();
        for (String edit : edits.split(" && ")) {
            String e = edit.strip();
            for (Map.Entry<String, String> snippet : SNIPPETS.entrySet()) {
                e = e.replace(snippet.getKey(), snippet.getValue());
            }
            if (e.startsWith("-")) {
                Fixtures.remove(statement, e.substring(1));
            } else {
                int eq = e.indexOf(" = ");
                Fixtures.set(statement, e.substring(0, eq).strip(), e.substring(eq + 3).strip());
            }
        }
        List<XapiVersion> selected = switch (versions) {
            case "1" -> List.of(XapiVersion.V1_0_3);
            case "2" -> List.of(XapiVersion.V2_0_0);
            default -> List.of(XapiVersion.values());
        };
        for (XapiVersion version : selected) {
            List<Violation> violations = validator.validate(statement, version);
            if (expected.equals("VALID")) {
                assertThat(violations).as("%s under %s", statement, version).isEmpty();
            } else {
                assertThat(violations).as("%s under %s", statement, version)
                        .extracting(Violation::path).contains(expected);
                assertThat(violations).allSatisfy(v -> assertThat(v.message())
                        .startsWith(v.path() + ": ").matches(".*\\(xAPI (1\\.0\\.3|2\\.0\\.0) Data [0-9].*\\)$"));
            }
        }
    }
}
