// Course HTML rendered at build time from module markdown (raw HTML in modules is rejected there).
import type { Rich } from '../../core/course/types';

export function RichText({ rich, class: className = 'rich', id }: { rich: Rich; class?: string; id?: string }) {
  return <div class={className} id={id} dangerouslySetInnerHTML={{ __html: rich.html }} />;
}
