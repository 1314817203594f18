package io.ddbworkbench.engine;

import static io.ddbworkbench.engine.ControlPlaneFixtures.assertFails;
import static io.ddbworkbench.engine.ControlPlaneFixtures.assertInvalid;
import static io.ddbworkbench.engine.ControlPlaneFixtures.onDemandTable;
import static io.ddbworkbench.engine.ControlPlaneFixtures.tableArn;
import static io.ddbworkbench.engine.ControlPlaneFixtures.withClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.Tag;

/** TagResource, UntagResource and ListTagsOfResource together, since each is checked through the others. */
class TagResourceTest {
    private static final String ARN = tableArn("Tagged");

    @ParameterizedTest
    @EnumSource(Door.class)
    void tagsAreAddedReplacedListedAndRemoved(Door door) {
        withClient(door, ddb -> {
            ddb.createTable(onDemandTable("Tagged").build());
            assertThat(ddb.listTagsOfResource(b -> b.resourceArn(ARN)).tags()).isEmpty();

            ddb.tagResource(b -> b.resourceArn(ARN).tags(tag("env", "test"), tag("team", "data")));
            ddb.tagResource(b -> b.resourceArn(ARN).tags(tag("env", "prod")));
            assertThat(ddb.listTagsOfResource(b -> b.resourceArn(ARN)).tags())
                    .containsExactlyInAnyOrder(tag("env", "prod"), tag("team", "data"));

            ddb.untagResource(b -> b.resourceArn(ARN).tagKeys("team", "not-there"));
            assertThat(ddb.listTagsOfResource(b -> b.resourceArn(ARN)).tags()).containsExactly(tag("env", "prod"));
            assertThat(ddb.listTagsOfResource(b -> b.resourceArn(ARN).nextToken("ignored")).nextToken()).isNull();
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aStreamArnAddressesItsTable(Door door) {
        withClient(door, ddb -> {
            String streamArn = ddb.createTable(onDemandTable("Tagged")
                    .streamSpecification(s -> s.streamEnabled(true).streamViewType("KEYS_ONLY")).build())
                    .tableDescription().latestStreamArn();
            ddb.tagResource(b -> b.resourceArn(streamArn).tags(tag("via", "stream")));
            assertThat(ddb.listTagsOfResource(b -> b.resourceArn(ARN)).tags()).containsExactly(tag("via", "stream"));
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aTableHoldsAtMostFiftyTags(Door door) {
        withClient(door, ddb -> {
            ddb.createTable(onDemandTable("Tagged").build());
            List<Tag> fifty = IntStream.range(0, 50).mapToObj(i -> tag("k" + i, "v")).toList();
            ddb.tagResource(b -> b.resourceArn(ARN).tags(fifty));
            ddb.tagResource(b -> b.resourceArn(ARN).tags(tag("k0", "replaced")));
            assertInvalid(() -> ddb.tagResource(b -> b.resourceArn(ARN).tags(tag("one-more", "v"))),
                    "Number of Tags exceed the current limit for the provided ResourceArn");
            assertThat(ddb.listTagsOfResource(b -> b.resourceArn(ARN)).tags()).hasSize(50).contains(tag("k0", "replaced"));
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void badArnsAndTagsGetTheServicesMessages(Door door) {
        withClient(door, ddb -> {
            ddb.createTable(onDemandTable("Tagged").build());
            assertInvalid(() -> ddb.tagResource(b -> b.tags(tag("a", "b"))), "Invalid TableArn");
            assertInvalid(() -> ddb.tagResource(b -> b.resourceArn(ARN)),
                    "1 validation error detected: Value null at 'tags' failed to satisfy constraint: Member must not be null");
            assertInvalid(() -> ddb.tagResource(b -> b.resourceArn("not-an-arn").tags(tag("a", "b"))),
                    "One or more parameter values were invalid: ARNs must start with 'arn:': not-an-arn");
            assertInvalid(() -> ddb.tagResource(b -> b.resourceArn(ARN + "/index/ByG").tags(tag("a", "b"))),
                    "One or more parameter values were invalid: Invalid resource arn provided, only table or stream "
                            + "is accepted. Provided resource arn: " + ARN + "/index/ByG");
            String shortName = tableArn("ab");
            assertInvalid(() -> ddb.tagResource(b -> b.resourceArn(shortName).tags(tag("a", "b"))),
                    "Invalid TableArn: Invalid ResourceArn provided as input " + shortName);
            assertInvalid(() -> ddb.tagResource(b -> b.resourceArn(ARN).tags(List.of())),
                    "Atleast one Tag needs to be provided as Input.");
            assertInvalid(() -> ddb.untagResource(b -> b.resourceArn(ARN).tagKeys(List.of())),
                    "Atleast one Tag Key needs to be provided as Input.");
            assertInvalid(() -> ddb.tagResource(b -> b.resourceArn(ARN).tags(tag("", "b"))),
                    "1 validation error detected: Value '' at 'tags.1.member.key' failed to satisfy constraint: "
                            + "Member must have length greater than or equal to 1");
            assertInvalid(() -> ddb.tagResource(b -> b.resourceArn(ARN).tags(tag("a#b", "v"))),
                    "The Tag Key provided is invalid, Key: a#b");
            assertInvalid(() -> ddb.tagResource(b -> b.resourceArn(ARN).tags(tag("a", "v"), tag("a", "w"))),
                    "Duplicate Tag Keys provided as input: Duplicate Tag Key found a");
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aMissingTableIsNotFound(Door door) {
        withClient(door, ddb -> {
            String missing = tableArn("Missing");
            String message = "Requested resource not found: ResourceArn: " + missing + " not found";
            assertFails(() -> ddb.tagResource(b -> b.resourceArn(missing).tags(tag("a", "b"))),
                    ResourceNotFoundException.class, "ResourceNotFoundException", message);
            assertFails(() -> ddb.untagResource(b -> b.resourceArn(missing).tagKeys("a")),
                    ResourceNotFoundException.class, "ResourceNotFoundException", message);
            assertFails(() -> ddb.listTagsOfResource(b -> b.resourceArn(missing)),
                    ResourceNotFoundException.class, "ResourceNotFoundException", message);
        });
    }

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }
}
