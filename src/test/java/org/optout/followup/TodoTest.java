package org.optout.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optout.catalogue.Channel;
import org.optout.tracker.EventType;
import org.optout.tracker.RequestEvent;
import org.optout.tracker.RequestKind;
import org.optout.tracker.TrackedRequest;

/** Todo's order and steps, on requests built in memory. */
class TodoTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-03-20");

    private static TrackedRequest drafted(long id, Channel channel) {
        return new TrackedRequest(id, "x", RequestKind.OBJECTION, "fr", channel, "IE", "FR", null, Instant.EPOCH,
                List.of(new RequestEvent(1, EventType.DRAFTED, TODAY, Instant.EPOCH, null, null, List.of())));
    }

    @Test
    void items_due_the_same_day_come_in_the_order_of_their_ids_as_numbers() {
        List<Todo.Item> items = Todo.of(List.of(drafted(10, Channel.POST), drafted(2, Channel.POST),
                drafted(9, Channel.POST)), TODAY, "");
        assertThat(items).extracting(Todo.Item::id).containsExactly("R2", "R9", "R10");
    }

    @Test
    void the_next_command_is_the_step_whose_role_is_next_wherever_it_is() {
        Todo.Item item = new Todo.Item("R1", "x", Todo.State.SETTING_RECHECK, List.of(), TODAY, List.of(
                new Todo.Step(Todo.Role.THEN, "optout requests done R1"),
                new Todo.Step(Todo.Role.NEXT, "optout guide x")));
        assertThat(item.next()).contains("optout guide x");
        assertThat(new Todo.Item("R1", "x", Todo.State.WAITING, List.of(), TODAY, List.of()).next()).isEmpty();
    }

    @Test
    void a_drafted_email_is_sent_by_optout_or_recorded_as_sent_by_hand() {
        Todo.Item item = Todo.of(List.of(drafted(2, Channel.EMAIL)), TODAY, " --db t.db").get(0);
        assertThat(item.steps()).containsExactly(new Todo.Step(Todo.Role.NEXT, "optout send x --db t.db"),
                new Todo.Step(Todo.Role.OR, "optout requests sent R2 --via email --attach SENT.eml --db t.db"));
    }

    @Test
    void an_item_is_due_on_its_day_and_after_not_before() {
        Todo.Item item = new Todo.Item("R1", "x", Todo.State.WAITING, List.of(), TODAY, List.of());
        assertThat(item.dueBy(TODAY.minusDays(1))).isFalse();
        assertThat(item.dueBy(TODAY)).isTrue();
        assertThat(item.dueBy(TODAY.plusDays(1))).isTrue();
    }
}
