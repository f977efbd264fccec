import { episodeChangeSchemaNamed } from '../../core/diary/schemas';
import type { EpisodeLogEntry } from '../../core/common/types/diary';
import { parseInput } from '../../core/common/validation/parse';
import type { Command } from './command';
import { DRAMA_ID, idFrom, onExistingDrama } from './drama-id';
import { fieldLabels } from './field-labels';
import { numberOrText } from './values';

/** The word that takes an episode's grade away on the command line (the core's null). */
const NO_GRADE = 'none';

const episodeLine = (title: string, entry: EpisodeLogEntry) =>
  `${title}, episode ${entry.episode}: watched ${entry.watchedOn}, ${entry.grade ? `graded ${entry.grade}` : 'no grade'}`;

export const episodeCommand: Command = {
  name: 'episode',
  summary: "Grade one episode of a drama, or change the day it was watched, in the drama's episode log",
  synopsis: 'ID N [--grade G] [--on DATE]',
  description:
    'G is a grade from A+ to F, or none to take the grade away; DATE is YYYY-MM-DD. ' +
    'An episode watched more than once changes its latest watch; one not in the log yet is logged, watched on DATE or today. ' +
    'Prints the episode as the log now has it.',
  positionals: [DRAMA_ID, { name: 'N', description: 'The episode number', field: 'episode' }],
  options: {
    grade: { type: 'string', valueName: 'G', description: 'The grade for this episode (A+ to F), or none', field: 'grade' },
    on: { type: 'string', valueName: 'DATE', description: 'The day you watched it (YYYY-MM-DD)', field: 'watchedOn' },
  },
  async run({ values, positionals, changeJournal, print }) {
    const label = fieldLabels(episodeCommand);
    const dramaId = idFrom(positionals[0], label);
    const grade = values.grade === undefined ? {} : { grade: values.grade === NO_GRADE ? null : values.grade };
    const input = parseInput(
      episodeChangeSchemaNamed(label),
      { dramaId, episode: numberOrText(positionals[1]), ...grade, ...(values.on === undefined ? {} : { watchedOn: values.on }) },
      label,
    );
    const { title, entry } = await onExistingDrama(changeJournal, dramaId, (journal) =>
      journal.transaction(() => {
        journal.diary.changeEpisode(input, label);
        const log = journal.diary.episodeLog(dramaId).filter((e) => e.episode === input.episode);
        return { title: journal.dramas.get(dramaId).title, entry: log[log.length - 1]! };
      }),
    );
    print(episodeLine(title, entry));
  },
};
