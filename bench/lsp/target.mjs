// Where the edit loop types: the first line of the text of the first multi-line post at or after
// the middle of the plan. The .cmplan and the YAML hold the same posts in the same order, so
// both loops edit the same post (the results name it).

/** { post, line, character } for a .cmplan (`post <id>` … `  text` with no value) or the YAML (`- id:` … `text: |`). */
export function editLine(text, format) {
  const lines = text.split('\n');
  const header = format === 'yaml' ? /^- id: (\S+)$/ : /^post (\S+)/;
  const textBlock = format === 'yaml' ? /^ {2}text: [|>]/ : /^\s+text\s*$/;
  const start = format === 'yaml' ? lines.indexOf('posts:') : 0;
  const posts = [];
  lines.forEach((line, index) => {
    const match = index > start && header.exec(line);
    if (match) posts.push({ id: match[1], index });
  });
  for (let p = Math.floor(posts.length / 2); p < posts.length; p++) {
    const end = p + 1 < posts.length ? posts[p + 1].index : lines.length;
    for (let index = posts[p].index + 1; index < end; index++) {
      if (textBlock.test(lines[index])) {
        // Before the last character of the text's first line: inside the text, whatever the indentation.
        return { post: posts[p].id, line: index + 1, character: lines[index + 1].length - 1 };
      }
    }
  }
  throw new Error(`no multi-line post in the second half of the ${format} plan`);
}
