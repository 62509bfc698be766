import { ConfigError, loadConfig, renderEnvExample } from './config.js';
import { HttpSettings, ModulesSettings, RuntimeSettings } from './sections.js';

describe('loadConfig', () => {
  it('applies defaults and converts types', () => {
    const cfg = loadConfig({ http: HttpSettings, modules: ModulesSettings }, { PORT: '4100', MODULES: 'identity, programmes' });
    expect(cfg.http.PORT).toBe(4100);
    expect(cfg.http.GRAPHQL_MAX_DEPTH).toBe(10);
    expect(cfg.modules.MODULES).toEqual(['identity', 'programmes']);
  });

  it('names every bad variable', () => {
    let error: unknown;
    try {
      loadConfig({ http: HttpSettings, runtime: RuntimeSettings, modules: ModulesSettings }, { PORT: 'eighty', LOG_LEVEL: 'loud', MODULES: 'identity,payroll' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const vars = [...new Set((error as ConfigError).problems.map((p) => p.variable))].sort();
    expect(vars).toEqual(['LOG_LEVEL', 'MODULES', 'PORT']);
    expect((error as Error).message).toContain('PORT');
  });

  it('renders an .env example with defaults', () => {
    const text = renderEnvExample('gateway', [HttpSettings]);
    expect(text).toContain('PORT=4000');
    expect(text).toContain('# Maximum GraphQL query depth.');
  });
});
