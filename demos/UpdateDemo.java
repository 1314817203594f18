///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS io.ddbworkbench:testkit:0.1.0-SNAPSHOT
//SOURCES support/Demo.java support/Narrator.java support/Workbench.java support/ItemText.java
//SOURCES support/SampleUsers.java CreateTableDemo.java CrudDemo.java

import io.ddbworkbench.toolkit.expression.Expression;
import io.ddbworkbench.toolkit.item.OptimisticLocking;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import support.Demo;
import support.ItemText;
import support.Narrator;
import support.SampleUsers;
import support.Workbench;

/**
 * Updates in place: the original guide's SET of two attributes, the update expression's four actions (SET,
 * REMOVE, ADD, DELETE), a conditional update that implements optimistic locking and the toolkit's retrying
 * version of it, and an atomic counter that several threads increment without losing a single count.
 */
public class UpdateDemo {

    public static void main(String[] args) {
        Demo.main("Updates: SET/REMOVE/ADD/DELETE, optimistic locking, counters", UpdateDemo::run);
    }

    static void run(Workbench bench, Narrator say) {
        CreateTableDemo.createUsersTable(bench, say);
        CrudDemo.insertUser(bench, say);
        simpleUpdate(bench, say);
        updateActions(bench, say);
        conditionalUpdate(bench, say);
        optimisticLockingWithRetry(bench, say);
        counter(bench, say);
        counterUnderConcurrency(bench, say);
    }

    static void simpleUpdate(Workbench bench, Narrator say) {
        String users = bench.table("Users");
        say.step("Update two attributes of user123, keeping the rest");
        say.why("UpdateItem changes only what its update expression names, in place, and creates the item if "
                + "the key holds none. ReturnValues=UPDATED_NEW hands back the new values of what changed.");
        say.request("UpdateItem " + users + " " + ItemText.plain(SampleUsers.readmeKey()),
                "UpdateExpression: SET Age = :age, LastLogin = :login  (:age = 31, :login = \"2024-12-20T14:30:00Z\")");
        // tag::simple-update[]
        Map<String, AttributeValue> changed = bench.ddb().items().update(users, SampleUsers.readmeKey(),
                Expression.of("SET Age = :age, LastLogin = :login",
                        Map.of(":age", 31, ":login", "2024-12-20T14:30:00Z")));
        // end::simple-update[]
        say.result("UPDATED_NEW " + ItemText.of(changed));
    }

    static void updateActions(Workbench bench, Narrator say) {
        String users = bench.table("Users");
        say.step("SET, REMOVE, ADD and DELETE in one update expression");
        say.why("SET assigns (also list_append and arithmetic), REMOVE deletes attributes, ADD adds to a number "
                + "or puts elements into a set, DELETE takes elements out of a set. One expression may use each "
                + "clause once, and all of it applies atomically.");
        say.request("UpdateItem " + users + " " + ItemText.plain(SampleUsers.readmeKey()),
                "UpdateExpression: SET Tags = :tags, History = list_append(if_not_exists(History, :empty), :login)",
                "                  ADD Points :bonus  REMOVE LastLogin");
        // tag::update-actions[]
        bench.ddb().items().update(users, SampleUsers.readmeKey(), Expression.of(
                "SET Tags = :tags, History = list_append(if_not_exists(History, :empty), :login) "
                        + "ADD Points :bonus REMOVE LastLogin",
                Map.of(":tags", Set.of("beta", "admin"), ":empty", List.of(),
                        ":login", List.of("2024-12-20T14:30:00Z"), ":bonus", 50)));
        bench.ddb().items().update(users, SampleUsers.readmeKey(), Expression.of(
                "ADD Points :more DELETE Tags :revoked", Map.of(":more", 25, ":revoked", Set.of("admin"))));
        // end::update-actions[]
        say.request("UpdateItem " + users + " UpdateExpression: ADD Points :more DELETE Tags :revoked  "
                + "(:more = 25, :revoked = <<\"admin\">>)");
        say.item(bench.ddb().items().get(users, SampleUsers.readmeKey(), true).orElseThrow());
    }

    static void conditionalUpdate(Workbench bench, Narrator say) {
        String users = bench.table("Users");
        bench.ddb().items().update(users, SampleUsers.readmeKey(),
                Expression.of("SET Balance = :balance, Version = :version", Map.of(":balance", 1000, ":version", 5)));
        say.step("Optimistic locking: update only if the version is the one we read");
        say.why("Two clients that read Version 5 and both write would silently overwrite each other. With the "
                + "condition Version = :expected, the first write wins and raises the version; the second fails "
                + "with ConditionalCheckFailedException and must re-read. No locks are held while users think.");
        say.note("user123 now has Balance 1000 and Version 5.");
        say.request("UpdateItem " + users + " UpdateExpression: SET Balance = Balance + :amount, "
                        + "Version = Version + :inc",
                "ConditionExpression: Version = :expected  (:amount = 100, :inc = 1, :expected = 5)");
        // tag::optimistic-lock[]
        Expression deposit = Expression.of("SET Balance = Balance + :amount, Version = Version + :inc",
                Map.of(":amount", 100, ":inc", 1));
        Expression expectVersion5 = Expression.of("Version = :expected", Map.of(":expected", 5));
        bench.ddb().items().update(users, SampleUsers.readmeKey(), deposit, expectVersion5, ReturnValue.ALL_NEW);
        // end::optimistic-lock[]
        say.result(ItemText.of(bench.ddb().items().get(users, SampleUsers.readmeKey(), true, "Balance", "Version")
                .orElseThrow()));
        say.request("the same UpdateItem again, still expecting Version 5 (a second client with a stale read)");
        say.failureOf(() -> bench.ddb().items().update(users, SampleUsers.readmeKey(), deposit, expectVersion5,
                ReturnValue.NONE));
    }

    static void optimisticLockingWithRetry(Workbench bench, Narrator say) {
        String users = bench.table("Users");
        say.step("Read, modify, write back with the toolkit's optimistic locking, while another client interferes");
        say.why("OptimisticLocking.modify reads the item, applies a change in Java, and writes it back only if "
                + "Version is unchanged; on a conflict it re-reads and re-applies the change. Here another client "
                + "raises the version during the first attempt, so the write is retried once.");
        AtomicInteger attempts = new AtomicInteger();
        // tag::optimistic-lock-retry[]
        OptimisticLocking locking = bench.ddb().optimisticLocking("Version", 3);
        Map<String, Object> written = locking.modify(users, SampleUsers.readmeKey(), user -> {
            interfereOnFirstAttempt(bench, users, attempts);
            user.put("Balance", ((BigDecimal) user.get("Balance")).subtract(BigDecimal.valueOf(30)));
            return user;
        });
        // end::optimistic-lock-retry[]
        say.request("modify " + users + " user123: Balance - 30, guarded by Version (up to 3 attempts)");
        say.result("written after " + attempts.get() + " attempts: Balance " + written.get("Balance") + ", Version "
                + written.get("Version"));
    }

    /**
     * Another client's write, during the first attempt only: raises the version behind the back of the
     * read-modify-write in progress, so its conditional write fails and is retried.
     */
    private static void interfereOnFirstAttempt(Workbench bench, String users, AtomicInteger attempts) {
        if (attempts.incrementAndGet() == 1) {
            bench.ddb().items().update(users, SampleUsers.readmeKey(), Expression.of(
                    "SET Balance = Balance + :gift, Version = Version + :inc", Map.of(":gift", 5, ":inc", 1)));
        }
    }

    static void counter(Workbench bench, Narrator say) {
        String users = bench.table("Users");
        say.step("Count logins with an atomic counter");
        say.why("SET LoginCount = if_not_exists(LoginCount, :zero) + :inc adds on the server, starting from 0 "
                + "the first time: no read, no race, no condition needed.");
        say.request("UpdateItem " + users + " UpdateExpression: SET LoginCount = if_not_exists(LoginCount, :zero)"
                + " + :inc  (:zero = 0, :inc = 1), three times");
        List<String> values = new ArrayList<>();
        for (int login = 0; login < 3; login++) {
            // tag::counter[]
            BigDecimal logins = bench.ddb().items().increment(users, SampleUsers.readmeKey(), "LoginCount", 1);
            // end::counter[]
            values.add(logins.toPlainString());
        }
        say.result("LoginCount after each call: " + String.join(", ", values));
    }

    static void counterUnderConcurrency(Workbench bench, Narrator say) {
        String users = bench.table("Users");
        int threads = 4;
        int perThread = 25;
        say.step(threads + " threads increment the counter " + perThread + " times each");
        say.why("Each increment is applied atomically by the service, so concurrent increments never overwrite "
                + "one another: the total is exact.");
        String before = loginCount(bench, users);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        bench.ddb().items().increment(users, SampleUsers.readmeKey(), "LoginCount", 1);
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while counting", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause()
                    : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        String after = loginCount(bench, users);
        say.request("UpdateItem ADD 1 to LoginCount x " + threads * perThread + ", from " + threads + " threads");
        say.result("LoginCount went from " + before + " to " + after + ": +"
                + (Integer.parseInt(after) - Integer.parseInt(before)) + ", none lost");
    }

    private static String loginCount(Workbench bench, String users) {
        return bench.ddb().items().get(users, SampleUsers.readmeKey(), true, "LoginCount").orElseThrow()
                .get("LoginCount").n();
    }
}
