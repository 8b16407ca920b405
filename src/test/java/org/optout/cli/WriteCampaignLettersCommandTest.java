package org.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WriteCampaignLettersCommandTest {
    @Test
    void without_jobs_it_renders_on_one_thread_per_processor_up_to_four() {
        assertThat(WriteCampaignLettersCommand.threads(null, 1)).isEqualTo(1);
        assertThat(WriteCampaignLettersCommand.threads(null, 2)).isEqualTo(2);
        assertThat(WriteCampaignLettersCommand.threads(null, 4)).isEqualTo(4);
        assertThat(WriteCampaignLettersCommand.threads(null, 32)).isEqualTo(4);
        assertThat(WriteCampaignLettersCommand.threads(null, 0)).isEqualTo(1);
    }

    @Test
    void jobs_is_taken_as_given() {
        assertThat(WriteCampaignLettersCommand.threads(3, 32)).isEqualTo(3);
        assertThat(WriteCampaignLettersCommand.threads(1, 2)).isEqualTo(1);
        assertThat(WriteCampaignLettersCommand.threads(0, 2)).isZero();
    }
}
