package org.smartpick.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every SmartPick database must do, run against each real database by a subclass: profiles
 * round-trip exactly, updates are optimistic, deletes cascade, results belong to profiles, export
 * and delete-everything see everything, data survives reopening, and concurrent writers of one
 * version cannot both win.
 */
abstract class StoreContract {
  private Database database;

  /** Opens the database under test; each call must reach the same stored data. */
  abstract Database open();

  @BeforeEach
  void openDatabase() {
    database = open();
    database.personalData().deleteEverything();
  }

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Test
  void aCreatedProfileReadsBackExactly() {
    String document = "{\"specialty\":\"Dermatology\",\"notes\":\"Zoë — 東京 🩺 'quoted' \\\"x\\\"\"}";
    StoredProfile created = database.profiles().create("Zoë", document);
    assertThat(created.version()).isEqualTo(1);
    assertThat(created.createdAt()).isEqualTo(created.updatedAt());
    assertThat(database.profiles().find(created.id())).contains(created);
  }

  @Test
  void largeDocumentsRoundTrip() {
    String document = "{\"pad\":\"" + "é".repeat(60_000) + "\"}";
    StoredProfile created = database.profiles().create("Big", document);
    assertThat(database.profiles().find(created.id()).orElseThrow().document())
        .isEqualTo(document);
  }

  @Test
  void updatesNeedTheCurrentVersionAndBumpIt() {
    StoredProfile created = database.profiles().create("A", "{\"v\":1}");
    StoredProfile updated = database.profiles().update(created.id(), 1, "A2", "{\"v\":2}")
        .orElseThrow();
    assertThat(updated.version()).isEqualTo(2);
    assertThat(updated.displayName()).isEqualTo("A2");
    assertThat(updated.createdAt()).isEqualTo(created.createdAt());
    assertThat(updated.updatedAt()).isAfterOrEqualTo(created.updatedAt());

    assertThatThrownBy(() -> database.profiles().update(created.id(), 1, "stale", "{}"))
        .isInstanceOf(VersionConflictException.class)
        .hasMessageContaining("version 2, not 1");
    assertThat(database.profiles().find(created.id())).contains(updated);
  }

  @Test
  void updatingOrDeletingAnUnknownProfileChangesNothing() {
    assertThat(database.profiles().update("missing", 1, "x", "{}")).isEmpty();
    assertThat(database.profiles().delete("missing")).isFalse();
    assertThat(database.profiles().find("missing")).isEmpty();
  }

  @Test
  void listShowsTheMostRecentlyUpdatedFirst() throws InterruptedException {
    StoredProfile first = database.profiles().create("first", "{}");
    Thread.sleep(2);
    StoredProfile second = database.profiles().create("second", "{}");
    Thread.sleep(2);
    database.profiles().update(first.id(), 1, "first", "{\"touched\":true}");
    assertThat(database.profiles().list()).extracting(StoredProfile::displayName)
        .containsExactly("first", "second");
    assertThat(second.version()).isEqualTo(1);
  }

  @Test
  void resultsBelongToAProfileAndGoWithIt() {
    StoredProfile profile = database.profiles().create("P", "{}");
    SavedResult one = database.results().save(profile.id(), "optimize", "{\"n\":1}")
        .orElseThrow();
    SavedResult two = database.results().save(profile.id(), "optimize", "{\"n\":2}")
        .orElseThrow();
    assertThat(database.results().forProfile(profile.id())).containsExactly(one, two);
    assertThat(database.results().save("missing", "optimize", "{}")).isEmpty();

    assertThat(database.profiles().delete(profile.id())).isTrue();
    assertThat(database.results().forProfile(profile.id())).isEmpty();
  }

  @Test
  void aProfileKeepsItsMostRecentResultsOfEachKind() {
    StoredProfile profile = database.profiles().create("P", "{}");
    SavedResult advice = database.results().save(profile.id(), "advice", "{}").orElseThrow();
    java.util.List<SavedResult> rankLists = new java.util.ArrayList<>();
    for (int i = 0; i < ResultStore.KEPT_PER_KIND + 5; i++) {
      rankLists.add(database.results().save(profile.id(), "ranklist", "{\"n\":" + i + "}")
          .orElseThrow());
    }
    java.util.List<SavedResult> kept = database.results().forProfile(profile.id());
    assertThat(kept).hasSize(ResultStore.KEPT_PER_KIND + 1).contains(advice)
        .contains(rankLists.get(rankLists.size() - 1))
        .doesNotContain(rankLists.get(0), rankLists.get(4));
    assertThat(kept.stream().filter(r -> r.kind().equals("ranklist")).count())
        .isEqualTo(ResultStore.KEPT_PER_KIND);
  }

  @Test
  void exportSeesEverythingAndDeleteEverythingRemovesIt() {
    StoredProfile a = database.profiles().create("a", "{}");
    StoredProfile b = database.profiles().create("b", "{\"x\":1}");
    SavedResult r = database.results().save(b.id(), "optimize", "{}").orElseThrow();
    DataExport export = database.personalData().exportAll();
    assertThat(export.profiles()).containsExactlyInAnyOrder(a, b);
    assertThat(export.results()).containsExactly(r);

    assertThat(database.personalData().deleteEverything()).isEqualTo(new DataExport.Counts(2, 1));
    assertThat(database.personalData().exportAll().counts())
        .isEqualTo(new DataExport.Counts(0, 0));
  }

  @Test
  void savedDataSurvivesReopening() {
    StoredProfile saved = database.profiles().create("kept", "{\"k\":true}");
    database.close();
    database = open();
    assertThat(database.profiles().find(saved.id())).contains(saved);
  }

  @Test
  void ofTwoConcurrentUpdatesOfOneVersionExactlyOneWins() throws Exception {
    StoredProfile profile = database.profiles().create("race", "{}");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<Optional<StoredProfile>>> attempts = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        String name = "writer " + i;
        Callable<Optional<StoredProfile>> write = () -> {
          go.await();
          try {
            return database.profiles().update(profile.id(), 1, name, "{}");
          } catch (VersionConflictException | org.jdbi.v3.core.JdbiException lost) {
            return Optional.empty();
          }
        };
        attempts.add(pool.submit(write));
      }
      go.countDown();
      int winners = 0;
      for (Future<Optional<StoredProfile>> attempt : attempts) {
        winners += attempt.get(30, TimeUnit.SECONDS).isPresent() ? 1 : 0;
      }
      assertThat(winners).isEqualTo(1);
      assertThat(database.profiles().find(profile.id()).orElseThrow().version()).isEqualTo(2);
    } finally {
      pool.shutdownNow();
    }
  }
}
