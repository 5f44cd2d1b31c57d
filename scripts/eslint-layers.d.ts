import type { Rule } from 'eslint';

export declare const allowed: Record<string, string[]>;
declare const plugin: { rules: { layers: Rule.RuleModule } };
export default plugin;
