import { mentionedHandles } from '../../src/documents/comments';

/** Which `@handles` a comment's text mentions (who they are is the tenant's users' to say). */
it('finds local parts and whole addresses, lower-cased, each once, in the order written', () => {
  expect(mentionedHandles('@Bob and @alice.smith, then @bob@Acme.example. Also @BOB.')).toEqual(['bob', 'alice.smith', 'bob@acme.example']);
});

it('leaves out an @ inside a word, a doubled @, and a bare @', () => {
  expect(mentionedHandles('Mail bob@acme.example or @@carol; meet @ 9:00; (@dana) [@erin]')).toEqual(['dana', 'erin']);
});

it('does not take the full stop that ends a sentence, or a domain without a dot', () => {
  expect(mentionedHandles('Thanks @bob. Ask @carol@acme then.')).toEqual(['bob', 'carol']);
});
