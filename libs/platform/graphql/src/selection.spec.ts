import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { selectsField } from './selection.js';

/** Runs `query` against a tiny schema and returns what `selectsField(info, 'staff')` said for `me`. */
async function saw(query: string): Promise<boolean> {
  const schema = buildSchema('type Query { me: Me } type Me { id: ID email: String staff: Staff } type Staff { id: ID }');
  let answer: boolean | undefined;
  const result = await graphql({
    schema,
    source: query,
    rootValue: {
      me: (_: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
        answer = selectsField(info, 'staff');
        return { id: '1', email: 'a@b.test', staff: { id: 's' } };
      },
    },
  });
  expect(result.errors).toBeUndefined();
  return answer!;
}

describe('selectsField', () => {
  it('is false when the field is not selected', async () => {
    expect(await saw('{ me { id email } }')).toBe(false);
  });

  it('is true when the field is selected, aliased or not', async () => {
    expect(await saw('{ me { id staff { id } } }')).toBe(true);
    expect(await saw('{ me { id s: staff { id } } }')).toBe(true);
  });

  it('is true when a fragment is involved (not followed: when in doubt, everything)', async () => {
    expect(await saw('{ me { id ...F } } fragment F on Me { email }')).toBe(true);
    expect(await saw('{ me { id ... on Me { email } } }')).toBe(true);
  });

  it('looks at every occurrence of the field in the operation', async () => {
    expect(await saw('{ me { id } me { staff { id } } }')).toBe(true);
  });
});
